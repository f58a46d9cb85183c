package kg.omb.review.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.review.NewReviewRequest;
import kg.omb.review.Recommendation;
import kg.omb.review.ReviewCriterion;
import kg.omb.review.ReviewMode;
import kg.omb.review.ReviewStatus;
import kg.omb.review.SubjectAuthor;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

/**
 * A request for expert review of a subject of another module, in rounds: each round reviews one version of the
 * subject; "revise and resubmit" waits for a new version, which opens the next round. The chair decides each round
 * on its reviews. Earlier rounds stay readable.
 */
@Entity
@Table(name = "review_request")
public class ReviewRequest extends BaseEntity {

	@Column(name = "subject_type", nullable = false, updatable = false)
	private String subjectType;

	@Column(name = "subject_id", nullable = false, updatable = false)
	private long subjectId;

	@Column(name = "subject_version", nullable = false)
	private int subjectVersion;

	@Column(name = "subject_link")
	private @Nullable String subjectLink;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "title_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "title_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private LocalizedText title;

	@Column(nullable = false)
	private String language;

	@Column(name = "association_id", nullable = false, updatable = false)
	private long associationId;

	@Column(name = "section_id")
	private @Nullable Long sectionId;

	@Column(name = "working_group_id")
	private @Nullable Long workingGroupId;

	@Column(name = "reviewers_needed", nullable = false)
	private int reviewersNeeded;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ReviewMode mode;

	@Column(name = "answer_by", nullable = false)
	private LocalDate answerBy;

	@Column(name = "submit_by", nullable = false)
	private LocalDate submitBy;

	@Column(name = "round_number", nullable = false)
	private int round;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReviewStatus status;

	@Enumerated(EnumType.STRING)
	private @Nullable Recommendation decision;

	@Column(name = "decision_note")
	private @Nullable String decisionNote;

	@Column(name = "decided_by_name")
	private @Nullable String decidedByName;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "requested_by")
	private @Nullable Long requestedBy;

	@ElementCollection
	@CollectionTable(name = "review_request_specialty", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "code", nullable = false)
	private Set<String> specialtyCodes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "review_request_author", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "position")
	private List<Author> authors = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "review_criterion", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "position")
	private List<Criterion> criteria = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "review_round", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "round_number")
	@org.hibernate.annotations.ListIndexBase(1)
	private List<Round> rounds = new ArrayList<>();

	protected ReviewRequest() {
		this.subjectType = "";
		this.title = new LocalizedText(null, null, null);
		this.language = "ky";
		this.mode = ReviewMode.OPEN;
		this.answerBy = LocalDate.EPOCH;
		this.submitBy = LocalDate.EPOCH;
		this.status = ReviewStatus.IN_PROGRESS;
	}

	public ReviewRequest(NewReviewRequest request, LocalDate today, @Nullable Long requestedBy) {
		this.subjectType = request.subjectType();
		this.subjectId = request.subjectId();
		this.title = request.title();
		this.language = request.language();
		this.associationId = request.associationId();
		this.mode = request.mode();
		this.requestedBy = requestedBy;
		this.status = ReviewStatus.IN_PROGRESS;
		this.answerBy = LocalDate.EPOCH;
		this.submitBy = LocalDate.EPOCH;
		if (request.criteria().isEmpty()) {
			throw new DomainException("review.error.criteria-required");
		}
		request.criteria().forEach(c -> criteria.add(new Criterion(c.name(), c.maxScore())));
		if (request.reviewersNeeded() < 1 || request.reviewersNeeded() > 10) {
			throw new DomainException("review.error.reviewers-needed");
		}
		this.reviewersNeeded = request.reviewersNeeded();
		openRound(request, today);
	}

	/** After "revise and resubmit", the new version of the subject opens the next round. */
	public void resubmit(NewReviewRequest request, LocalDate today) {
		if (status != ReviewStatus.AWAITING_RESUBMISSION) {
			throw new DomainException("review.error.not-awaiting-resubmission");
		}
		if (request.subjectVersion() <= subjectVersion) {
			throw new DomainException("review.error.same-version");
		}
		openRound(request, today);
	}

	private void openRound(NewReviewRequest request, LocalDate today) {
		if (request.answerBy().isBefore(today) || request.submitBy().isBefore(request.answerBy())) {
			throw new DomainException("review.error.deadlines");
		}
		this.subjectVersion = request.subjectVersion();
		this.subjectLink = request.subjectLink();
		this.sectionId = request.sectionId();
		this.workingGroupId = request.workingGroupId();
		this.answerBy = request.answerBy();
		this.submitBy = request.submitBy();
		specialtyCodes.clear();
		specialtyCodes.addAll(request.specialtyCodes());
		authors.clear();
		request.authors().forEach(a -> authors.add(new Author(a.personName(), a.accountId(), a.organizationId())));
		rounds.add(new Round(request.subjectVersion(), null, null, null));
		round = rounds.size();
		status = ReviewStatus.IN_PROGRESS;
		decision = null;
		decisionNote = null;
		decidedAt = null;
		decidedByName = null;
	}

	/** The chair's decision on the reviews of the current round; revise-and-resubmit waits for a new version. */
	public void decide(Recommendation decision, @Nullable String note, int submittedReviews, String by, Instant at) {
		requireInProgress();
		if (submittedReviews < 1) {
			throw new DomainException("review.error.no-reviews");
		}
		this.decision = decision;
		this.decisionNote = note == null || note.isBlank() ? null : note.strip();
		this.decidedByName = by;
		this.decidedAt = at;
		this.status = decision == Recommendation.REVISE_AND_RESUBMIT ? ReviewStatus.AWAITING_RESUBMISSION
				: ReviewStatus.DECIDED;
		rounds.set(round - 1, new Round(subjectVersion, decision, this.decisionNote, at));
	}

	public void requireInProgress() {
		if (status != ReviewStatus.IN_PROGRESS) {
			throw new DomainException("review.error.not-in-progress");
		}
	}

	public List<ReviewCriterion> criteria() {
		return criteria.stream().map(c -> new ReviewCriterion(c.name(), c.maxScore())).toList();
	}

	public List<SubjectAuthor> authors() {
		return authors.stream().map(a -> new SubjectAuthor(a.personName(), a.accountId(), a.organizationId())).toList();
	}

	public Optional<Round> round(int number) {
		return number >= 1 && number <= rounds.size() ? Optional.of(rounds.get(number - 1)) : Optional.empty();
	}

	public List<Round> getRounds() {
		return Collections.unmodifiableList(rounds);
	}

	public String getSubjectType() {
		return subjectType;
	}

	public long getSubjectId() {
		return subjectId;
	}

	public int getSubjectVersion() {
		return subjectVersion;
	}

	public @Nullable String getSubjectLink() {
		return subjectLink;
	}

	public LocalizedText getTitle() {
		return title;
	}

	public String getLanguage() {
		return language;
	}

	public long getAssociationId() {
		return associationId;
	}

	public @Nullable Long getSectionId() {
		return sectionId;
	}

	public @Nullable Long getWorkingGroupId() {
		return workingGroupId;
	}

	public int getReviewersNeeded() {
		return reviewersNeeded;
	}

	public ReviewMode getMode() {
		return mode;
	}

	public LocalDate getAnswerBy() {
		return answerBy;
	}

	public LocalDate getSubmitBy() {
		return submitBy;
	}

	public int getRound() {
		return round;
	}

	public ReviewStatus getStatus() {
		return status;
	}

	public @Nullable Recommendation getDecision() {
		return decision;
	}

	public @Nullable String getDecisionNote() {
		return decisionNote;
	}

	public @Nullable String getDecidedByName() {
		return decidedByName;
	}

	public @Nullable Instant getDecidedAt() {
		return decidedAt;
	}

	public Set<String> getSpecialtyCodes() {
		return Collections.unmodifiableSet(specialtyCodes);
	}

	@Embeddable
	record Author(@Column(name = "person_name") String personName, @Column(name = "account_id") @Nullable Long accountId,
			@Column(name = "organization_id") @Nullable Long organizationId) {
	}

	@Embeddable
	record Criterion(@Column(name = "name") String name, @Column(name = "max_score") int maxScore) {
	}

	/** One round: the version reviewed and, once made, the decision on it. */
	@Embeddable
	public record Round(@Column(name = "subject_version") int subjectVersion,
			@Enumerated(EnumType.STRING) @Column(name = "decision") @Nullable Recommendation decision,
			@Column(name = "decision_note") @Nullable String note, @Column(name = "decided_at") @Nullable Instant decidedAt) {
	}

}
