package kg.omb.documents.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClauseRepository extends JpaRepository<Clause, Long> {

	List<Clause> findByDocumentVersionOrderByPositionAscIdAsc(DocumentVersion documentVersion);

}
