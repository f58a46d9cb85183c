package kg.omb.documents.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.WorkflowStep;
import kg.omb.shared.Actor;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.Strings;

import static kg.omb.documents.DocumentStatus.CHAIR_REVIEW;
import static kg.omb.documents.DocumentStatus.DISPOSITION_OF_COMMENTS;
import static kg.omb.documents.DocumentStatus.DRAFTING;
import static kg.omb.documents.DocumentStatus.EXPERT_REVIEW;
import static kg.omb.documents.DocumentStatus.IN_FORCE;
import static kg.omb.documents.DocumentStatus.PUBLIC_DISCUSSION;
import static kg.omb.documents.DocumentStatus.REPEALED;
import static kg.omb.documents.DocumentStatus.SUBMITTED;
import static kg.omb.documents.DocumentStatus.SUPERSEDED;

/**
 * A normative document of an OMB and its workflow: drafting → public discussion → disposition of comments → expert
 * review → chair review → submitted to the authorized body → in force → superseded or repealed. Steps that the
 * {@link DocumentKind kind} does not take are skipped; a document under review may be returned for revision with
 * remarks. Every move adds a line to the public timeline.
 */
@Entity
@Table(name = "normative_document")
public class NormativeDocument extends BaseEntity {

	@Column(name = "association_id", nullable = false, updatable = false)
	private long associationId;

	@Column(name = "section_id")
	private @Nullable Long sectionId;

	@Column(name = "working_group_id")
	private @Nullable Long workingGroupId;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, updatable = false)
	private DocumentKind kind;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "title_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "title_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private LocalizedText title;

	@ElementCollection
	@CollectionTable(name = "normative_document_code", joinColumns = @JoinColumn(name = "document_id"))
	@Column(name = "code", nullable = false)
	private Set<String> codes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "normative_document_level", joinColumns = @JoinColumn(name = "document_id"))
	@Column(name = "level_code", nullable = false)
	private Set<String> levels = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private DocumentStatus status;

	@Column(name = "current_version", nullable = false)
	private int currentVersion;

	@Column(name = "predecessor_id", updatable = false)
	private @Nullable Long predecessorId;

	@Column(name = "successor_id")
	private @Nullable Long successorId;

	@Column(name = "discussion_opened_on")
	private @Nullable LocalDate discussionOpenedOn;

	@Column(name = "discussion_closes_on")
	private @Nullable LocalDate discussionClosesOn;

	@Column(name = "expert_review_performed")
	private @Nullable Boolean expertReviewPerformed;

	@Column(name = "in_force_act_id")
	private @Nullable Long inForceActId;

	@Column(name = "in_force_since")
	private @Nullable LocalDate inForceSince;

	@OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("occurredAt, id")
	private List<DocumentTransition> transitions = new ArrayList<>();

	protected NormativeDocument() {
		this.kind = DocumentKind.STATE_STANDARD_HIGHER;
		this.title = new LocalizedText(null, null, null);
		this.status = DRAFTING;
	}

	public NormativeDocument(long associationId, @Nullable Long sectionId, DocumentKind kind, LocalizedText title,
			Collection<String> codes, Collection<String> levels, @Nullable Long predecessorId, Actor actor,
			Instant at) {
		if (title.isEmpty()) {
			throw new DomainException("documents.error.title-required");
		}
		this.associationId = associationId;
		this.sectionId = sectionId;
		this.kind = kind;
		this.title = title;
		this.codes.addAll(codes);
		this.levels.addAll(levels);
		this.predecessorId = predecessorId;
		this.status = DRAFTING;
		this.currentVersion = 1;
		transitions.add(new DocumentTransition(this, null, DRAFTING, null, null, null, actor, at));
	}

	/**
	 * Opens the public discussion until the given day; the window counts from today and is at least minDays. A draft
	 * is discussed once: after a return for revision it goes back to review with its disposition table, never to a
	 * second round whose comments would mix with the first one's.
	 */
	public void openDiscussion(LocalDate today, LocalDate closesOn, int minDays, Actor actor, Instant at) {
		require(status == DRAFTING && kind.takes(WorkflowStep.PUBLIC_DISCUSSION));
		if (discussionClosesOn != null) {
			throw new DomainException("documents.error.discussion-already-held", discussionClosesOn);
		}
		long days = ChronoUnit.DAYS.between(today, closesOn);
		if (days < minDays) {
			throw new DomainException("documents.error.discussion-too-short", minDays);
		}
		discussionOpenedOn = today;
		discussionClosesOn = closesOn;
		move(PUBLIC_DISCUSSION, null, null, null, actor, at);
	}

	/** Closes the discussion once its last day (included in the window) has passed; the comments are then disposed of. */
	public void closeDiscussion(LocalDate today, Actor actor, Instant at) {
		require(status == PUBLIC_DISCUSSION);
		if (discussionClosesOn != null && !today.isAfter(discussionClosesOn)) {
			throw new DomainException("documents.error.discussion-still-open", discussionClosesOn);
		}
		move(DISPOSITION_OF_COMMENTS, null, null, null, actor, at);
	}

	/**
	 * Sends the document on to review: from the disposition of comments, or straight from drafting for a kind
	 * without public discussion. A document returned for revision after its discussion goes on the same way. The
	 * service refuses it, and every later step, while a comment of the discussion has no disposition.
	 */
	public void sendToReview(Actor actor, Instant at) {
		boolean discussed = discussionClosesOn != null;
		require(status == DISPOSITION_OF_COMMENTS
				|| status == DRAFTING && (!kind.takes(WorkflowStep.PUBLIC_DISCUSSION) || discussed));
		move(kind.takes(WorkflowStep.EXPERT_REVIEW) ? EXPERT_REVIEW : CHAIR_REVIEW, null, null, null, actor, at);
	}

	/** Passes the expert review step without a review, recording plainly that none was performed. */
	public void passWithoutExpertReview(Actor actor, Instant at) {
		require(status == EXPERT_REVIEW);
		expertReviewPerformed = false;
		move(CHAIR_REVIEW, null, "documents.timeline.no-expert-review", null, actor, at);
	}

	/**
	 * The expert conclusion was issued: a positive one sends the document on to the chair's review; "revise and
	 * resubmit" or a rejection returns it to drafting, to come back with a new version.
	 */
	public void concludeExpertReview(boolean positive, String noteKey, Actor actor, Instant at) {
		require(status == EXPERT_REVIEW);
		if (positive) {
			expertReviewPerformed = true;
		}
		move(positive ? CHAIR_REVIEW : DRAFTING, null, noteKey, null, actor, at);
	}

	/** The chair, having reviewed it, submits the document to the authorized body (§18). */
	public void submitToAuthority(Actor actor, Instant at) {
		require(status == CHAIR_REVIEW && kind.takes(WorkflowStep.SUBMISSION));
		move(SUBMITTED, null, null, null, actor, at);
	}

	/**
	 * The authorized body approved the submitted document by an act: it is in force, since the act's effective day.
	 * That day may lie ahead: the registry then shows it in force from that day, there is no waiting status.
	 */
	public void approveByAuthority(long actId, LocalDate effectiveOn, Actor actor, Instant at) {
		require(status == SUBMITTED);
		inForceActId = actId;
		inForceSince = effectiveOn;
		move(IN_FORCE, null, null, actId, actor, at);
	}

	/**
	 * The OMB decided on a document of its own level after the chair's review: it is in force since the given day,
	 * the effective day of the decision's act or the day of the decision.
	 */
	public void adoptByOmbDecision(@Nullable Long actId, LocalDate effectiveOn, Actor actor, Instant at) {
		require(status == CHAIR_REVIEW && kind.takes(WorkflowStep.OMB_DECISION));
		inForceActId = actId;
		inForceSince = effectiveOn;
		move(IN_FORCE, null, null, actId, actor, at);
	}

	/** A newer approved version of the same document entered into force. */
	public void supersedeBy(long successorId, Actor actor, Instant at) {
		require(status == IN_FORCE);
		this.successorId = successorId;
		move(SUPERSEDED, null, "documents.timeline.superseded", null, actor, at);
	}

	/** An act repealed the document. */
	public void repeal(long actId, @Nullable String reason, Actor actor, Instant at) {
		require(status == IN_FORCE);
		move(REPEALED, Strings.blankToNull(reason), null, actId, actor, at);
	}

	/** Returns a document under discussion follow-up, review or submission for revision, with remarks. */
	public void returnForRevision(String remarks, Actor actor, Instant at) {
		require(status == DISPOSITION_OF_COMMENTS || status == EXPERT_REVIEW || status == CHAIR_REVIEW
				|| status == SUBMITTED);
		String text = Strings.blankToNull(remarks);
		if (text == null) {
			throw new DomainException("documents.error.remarks-required");
		}
		move(DRAFTING, text, null, null, actor, at);
	}

	/** Changes the title and the codes while the document is still being drafted. */
	public void describe(LocalizedText newTitle, Collection<String> newCodes, Collection<String> newLevels) {
		requireEditable();
		if (newTitle.isEmpty()) {
			throw new DomainException("documents.error.title-required");
		}
		title = newTitle;
		codes.clear();
		codes.addAll(newCodes);
		levels.clear();
		levels.addAll(newLevels);
	}

	/** A new working version follows the published one. */
	public void advanceVersion(int number) {
		require(!status.isFinal() && number == currentVersion + 1);
		currentVersion = number;
	}

	/** Whether its public discussion has taken place (or is taking place): its comments then need dispositions. */
	public boolean hasBeenDiscussed() {
		return discussionClosesOn != null;
	}

	public void requireEditable() {
		if (!status.isEditable()) {
			throw new DomainException("documents.error.not-editable", status);
		}
	}

	private void move(DocumentStatus to, @Nullable String reason, @Nullable String noteKey, @Nullable Long actId,
			Actor actor, Instant at) {
		transitions.add(new DocumentTransition(this, status, to, reason, noteKey, actId, actor, at));
		status = to;
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw new DomainException("documents.error.illegal-transition", status);
		}
	}

	public long getAssociationId() {
		return associationId;
	}

	public @Nullable Long getWorkingGroupId() {
		return workingGroupId;
	}

	/** The working group whose participants draft the document, or none; only while its text may still change. */
	void assignWorkingGroup(@Nullable Long workingGroupId) {
		if (!status.isEditable()) {
			throw new DomainException("documents.error.not-editable", status);
		}
		this.workingGroupId = workingGroupId;
	}

	public @Nullable Long getSectionId() {
		return sectionId;
	}

	public DocumentKind getKind() {
		return kind;
	}

	public LocalizedText getTitle() {
		return title;
	}

	public Set<String> getCodes() {
		return Collections.unmodifiableSet(codes);
	}

	public Set<String> getLevels() {
		return Collections.unmodifiableSet(levels);
	}

	public DocumentStatus getStatus() {
		return status;
	}

	public int getCurrentVersion() {
		return currentVersion;
	}

	public @Nullable Long getPredecessorId() {
		return predecessorId;
	}

	public @Nullable Long getSuccessorId() {
		return successorId;
	}

	public @Nullable LocalDate getDiscussionOpenedOn() {
		return discussionOpenedOn;
	}

	public @Nullable LocalDate getDiscussionClosesOn() {
		return discussionClosesOn;
	}

	/** True once an expert conclusion let it pass, false once the step was passed without a review; null before. */
	public @Nullable Boolean getExpertReviewPerformed() {
		return expertReviewPerformed;
	}

	public @Nullable Long getInForceActId() {
		return inForceActId;
	}

	/** The day it entered (or enters) into force; null until it was approved or adopted. */
	public @Nullable LocalDate getInForceSince() {
		return inForceSince;
	}

	public List<DocumentTransition> getTransitions() {
		return Collections.unmodifiableList(transitions);
	}

}
