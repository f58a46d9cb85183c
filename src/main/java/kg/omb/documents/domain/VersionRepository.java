package kg.omb.documents.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VersionRepository extends JpaRepository<DocumentVersion, Long> {

	Optional<DocumentVersion> findByDocumentIdAndNumber(long documentId, int number);

	List<DocumentVersion> findByDocumentIdOrderByNumber(long documentId);

	boolean existsBySourceFileIdAndPublishedTrue(long sourceFileId);

}
