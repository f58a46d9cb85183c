package kg.omb.review.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.review.Recommendation;
import kg.omb.review.ReviewCriterion;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/**
 * One expert invited to review one round of a request: they accept or decline with a reason, declare that they
 * have no conflict of interest before they see anything of the subject, then submit scores per criterion, a comment,
 * a recommendation and remarks for the chair alone. An invitation the conflict rules refused carries the chair's
 * written justification. {@code ordinal} numbers the reviewers of a request for blind modes ("Reviewer 2").
 */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment extends BaseEntity {

	@Column(name = "request_id", nullable = false, updatable = false)
	private long requestId;

	@Column(name = "round_number", nullable = false, updatable = false)
	private int round;

	@Column(name = "expert_id", nullable = false, updatable = false)
	private long expertId;

	@Column(nullable = false, updatable = false)
	private int ordinal;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AssignmentStatus status;

	@Column(name = "answer_by", nullable = false)
	private LocalDate answerBy;

	@Column(name = "submit_by", nullable = false)
	private LocalDate submitBy;

	@Column(name = "override_reason", updatable = false)
	private @Nullable String overrideReason;

	@Column(name = "override_justification", updatable = false)
	private @Nullable String overrideJustification;

	@Column(name = "override_by_name", updatable = false)
	private @Nullable String overrideByName;

	@Column(name = "decline_reason")
	private @Nullable String declineReason;

	@Column(name = "no_conflict_declared_at")
	private @Nullable Instant noConflictDeclaredAt;

	@Enumerated(EnumType.STRING)
	private @Nullable Recommendation recommendation;

	@Column(name = "comment_text")
	private @Nullable String comment;

	@Column(name = "confidential_remarks")
	private @Nullable String confidentialRemarks;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@Column(name = "review_hours")
	private java.math.@Nullable BigDecimal hours;

	@Column(name = "reminded_before_at")
	private @Nullable Instant remindedBeforeAt;

	@Column(name = "reminded_overdue_at")
	private @Nullable Instant remindedOverdueAt;

	@ElementCollection
	@CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "assignment_id"))
	@OrderColumn(name = "position")
	private List<Score> scores = new ArrayList<>();

	protected ReviewAssignment() {
		this.status = AssignmentStatus.INVITED;
		this.answerBy = LocalDate.EPOCH;
		this.submitBy = LocalDate.EPOCH;
	}

	ReviewAssignment(ReviewRequest request, long expertId, int ordinal, LocalDate answerBy,
			@Nullable Override override) {
		this.requestId = request.id();
		this.round = request.getRound();
		this.expertId = expertId;
		this.ordinal = ordinal;
		this.status = AssignmentStatus.INVITED;
		this.answerBy = answerBy;
		this.submitBy = request.getSubmitBy();
		if (override != null) {
			this.overrideReason = override.reasons();
			this.overrideJustification = override.justification();
			this.overrideByName = override.byName();
		}
	}

	/** Accepting, the expert declares that they have no conflict of interest with the subject. */
	public void accept(boolean declaresNoConflict, LocalDate today, Instant at) {
		require(status == AssignmentStatus.INVITED);
		if (!declaresNoConflict) {
			throw new DomainException("review.error.declaration-required");
		}
		if (today.isAfter(answerBy)) {
			throw new DomainException("review.error.answer-deadline-passed", answerBy);
		}
		noConflictDeclaredAt = at;
		status = AssignmentStatus.ACCEPTED;
	}

	public void decline(String reason) {
		require(status == AssignmentStatus.INVITED || status == AssignmentStatus.ACCEPTED);
		if (reason.isBlank()) {
			throw new DomainException("review.error.reason-required");
		}
		declineReason = reason.strip();
		status = AssignmentStatus.DECLINED;
	}

	/** The chair takes the invitation back, to invite someone else in their place. */
	public void withdraw() {
		require(AssignmentStatus.ACTIVE.contains(status));
		status = AssignmentStatus.WITHDRAWN;
	}

	/** Submits the review: a score within the scale for every criterion, a comment and a recommendation. */
	public void submit(List<ReviewCriterion> criteria, List<Score> given, Recommendation recommendation,
			String comment, @Nullable String confidentialRemarks, java.math.BigDecimal hours, Instant at) {
		require(status == AssignmentStatus.ACCEPTED);
		if (given.size() != criteria.size()) {
			throw new DomainException("review.error.scores-required");
		}
		for (int i = 0; i < criteria.size(); i++) {
			int score = given.get(i).score();
			if (score < 1 || score > criteria.get(i).maxScore()) {
				throw new DomainException("review.error.score-out-of-scale", criteria.get(i).name(),
						criteria.get(i).maxScore());
			}
		}
		if (comment.isBlank()) {
			throw new DomainException("review.error.comment-required");
		}
		scores.clear();
		scores.addAll(given);
		this.recommendation = recommendation;
		this.comment = comment.strip();
		this.confidentialRemarks = confidentialRemarks == null || confidentialRemarks.isBlank() ? null
				: confidentialRemarks.strip();
		this.submittedAt = at;
		this.hours = hours;
		this.status = AssignmentStatus.SUBMITTED;
	}

	/** Whether the expert may see the subject: only once they declared they have no conflict. */
	public boolean maySeeSubject() {
		return noConflictDeclaredAt != null
				&& (status == AssignmentStatus.ACCEPTED || status == AssignmentStatus.SUBMITTED);
	}

	/** A reminder a few days before the submission is due; false when already sent. */
	boolean remindBefore(Instant at) {
		if (remindedBeforeAt != null || status != AssignmentStatus.ACCEPTED) {
			return false;
		}
		remindedBeforeAt = at;
		return true;
	}

	/** A reminder once the submission is overdue; false when already sent. */
	boolean remindOverdue(Instant at) {
		if (remindedOverdueAt != null || status != AssignmentStatus.ACCEPTED) {
			return false;
		}
		remindedOverdueAt = at;
		return true;
	}

	public boolean isLate() {
		return submittedAt != null && remindedOverdueAt != null;
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw new DomainException("review.error.assignment-state", status);
		}
	}

	public long getRequestId() {
		return requestId;
	}

	public int getRound() {
		return round;
	}

	public long getExpertId() {
		return expertId;
	}

	public int getOrdinal() {
		return ordinal;
	}

	public AssignmentStatus getStatus() {
		return status;
	}

	public LocalDate getAnswerBy() {
		return answerBy;
	}

	public LocalDate getSubmitBy() {
		return submitBy;
	}

	public @Nullable String getOverrideReason() {
		return overrideReason;
	}

	public @Nullable String getOverrideJustification() {
		return overrideJustification;
	}

	public @Nullable String getOverrideByName() {
		return overrideByName;
	}

	public @Nullable String getDeclineReason() {
		return declineReason;
	}

	public @Nullable Instant getNoConflictDeclaredAt() {
		return noConflictDeclaredAt;
	}

	public @Nullable Recommendation getRecommendation() {
		return recommendation;
	}

	public @Nullable String getComment() {
		return comment;
	}

	public @Nullable String getConfidentialRemarks() {
		return confidentialRemarks;
	}

	public @Nullable Instant getSubmittedAt() {
		return submittedAt;
	}

	/** The hours the submitted review counts for in the expert's teaching load (§24). */
	public java.math.@Nullable BigDecimal getHours() {
		return hours;
	}

	public @Nullable Instant getRemindedBeforeAt() {
		return remindedBeforeAt;
	}

	public @Nullable Instant getRemindedOverdueAt() {
		return remindedOverdueAt;
	}

	public List<Score> getScores() {
		return Collections.unmodifiableList(scores);
	}

	/** A score for one criterion, with a comment. */
	@Embeddable
	public record Score(@Column(name = "score") int score, @Column(name = "comment_text") @Nullable String comment) {
	}

	/** Why the rules refused the expert (message keys, comma separated), and the chair's written justification. */
	public record Override(String reasons, String justification, String byName) {
	}

}
