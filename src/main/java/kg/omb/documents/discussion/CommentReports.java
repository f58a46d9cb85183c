package kg.omb.documents.discussion;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentReports extends JpaRepository<CommentReport, Long> {

	boolean existsByCommentIdAndReporterId(long commentId, long reporterId);

	long countByCommentId(long commentId);

	/** {@code Object[]{commentId, count}} for every comment of the document that was reported at least once. */
	@Query("""
			select r.commentId, count(r) from CommentReport r where r.commentId in
			 (select c.id from DocumentComment c where c.documentId = :documentId) group by r.commentId""")
	List<Object[]> countByDocument(long documentId);

}
