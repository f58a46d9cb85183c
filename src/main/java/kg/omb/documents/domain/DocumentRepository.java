package kg.omb.documents.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<NormativeDocument, Long> {

	List<NormativeDocument> findByAssociationIdOrderByIdDesc(long associationId);

}
