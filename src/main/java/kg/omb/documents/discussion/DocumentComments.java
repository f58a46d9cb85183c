package kg.omb.documents.discussion;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentComments extends JpaRepository<DocumentComment, Long> {

	List<DocumentComment> findByDocumentIdOrderByPostedAtAscIdAsc(long documentId);

	@Query("""
			select count(c) from DocumentComment c where c.documentId = :documentId and c.parentId is null
			 and c.hiddenAt is null and c.disposition is null""")
	long countUndisposed(long documentId);

	@Query("""
			select c.documentId, count(c) from DocumentComment c where c.documentId in :documentIds and c.hiddenAt is null
			 group by c.documentId""")
	List<Object[]> countVisibleByDocument(Collection<Long> documentIds);

	@Query("""
			select c.clauseKey, count(c) from DocumentComment c where c.documentId = :documentId and c.hiddenAt is null
			 group by c.clauseKey""")
	List<Object[]> countByClause(long documentId);

	@Query("""
			select c.stakeholder, count(c) from DocumentComment c where c.documentId = :documentId and c.hiddenAt is null
			 group by c.stakeholder""")
	List<Object[]> countByStakeholder(long documentId);

	@Query("""
			select c.region, count(c) from DocumentComment c where c.documentId = :documentId and c.hiddenAt is null
			 group by c.region""")
	List<Object[]> countByRegion(long documentId);

}
