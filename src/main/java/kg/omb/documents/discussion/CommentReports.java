package kg.omb.documents.discussion;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentReports extends JpaRepository<CommentReport, Long> {

	boolean existsByCommentIdAndReporterId(long commentId, long reporterId);

	long countByCommentId(long commentId);

}
