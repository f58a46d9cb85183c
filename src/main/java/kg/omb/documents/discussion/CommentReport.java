package kg.omb.documents.discussion;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Someone asked the secretary to look at a comment; one report per person and comment. */
@Entity
@Table(name = "document_comment_report")
public class CommentReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "comment_id", nullable = false, updatable = false)
	private long commentId;

	@Column(name = "reporter_id", updatable = false)
	private @Nullable Long reporterId;

	@Enumerated(EnumType.STRING)
	@Column(name = "reason", nullable = false, updatable = false)
	private ReportReason reason;

	@Column(name = "reported_at", nullable = false, updatable = false)
	private Instant reportedAt;

	protected CommentReport() {
		this.reason = ReportReason.SPAM;
		this.reportedAt = Instant.EPOCH;
	}

	CommentReport(long commentId, @Nullable Long reporterId, ReportReason reason, Instant reportedAt) {
		this.commentId = commentId;
		this.reporterId = reporterId;
		this.reason = reason;
		this.reportedAt = reportedAt;
	}

	public long getCommentId() { return commentId; }

	public ReportReason getReason() { return reason; }

	public Instant getReportedAt() { return reportedAt; }

}
