package kg.omb.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The normative documents of the OMBs (§9.1, §10, §12.1, §18). Drafts are made and edited by the OMB's chair,
 * secretary or the head of the section developing them; the chair reviews, passes the expert review step and
 * submits to the authorized body or, for the OMB's own documents, records the OMB's decision; the authority's
 * officer approves, returns or repeals what was submitted. Changes carry the {@code lock} of what the person saw:
 * a stale one is refused. Every change is audited.
 */
public interface Documents {

	/** A new draft of an active OMB, with an empty first version. */
	DocumentView createDraft(NewDocument document);

	Optional<DocumentView> find(long documentId);

	List<DocumentView> ofAssociation(long associationId);

	/**
	 * The public registry: documents that entered into force, whether still in force or archived (superseded,
	 * repealed), those in force first, then by the day they entered into force (the effective day of the approving
	 * act, which may lie ahead: the entry is then {@link RegistryEntry#upcoming() upcoming}), newest first; the
	 * filter's year is the year of that day. Drafts never appear.
	 */
	RegistryPage registry(DocumentFilter filter, int page, int size);

	/**
	 * Every document whose public discussion was opened, the one closing soonest first among those under discussion
	 * now, then the others by the day their discussion closed, latest first.
	 */
	List<DocumentView> discussions();

	/**
	 * The documents under public discussion on {@code today} (Bishkek), the one closing soonest first, at most
	 * {@code limit} of them: what the home page shows, read in one bounded query.
	 */
	List<DocumentView> openDiscussions(LocalDate today, int limit);

	/** The documents that entered into force last, newest first. */
	List<RegistryEntry> latestInForce(int count);

	List<VersionView> versions(long documentId);

	List<ClauseView> clauses(long documentId, int versionNumber);

	List<TimelineEntry> timeline(long documentId);

	/** Clause by clause, what changed from one version to another. */
	List<ClauseChange> compare(long documentId, int fromVersion, int toVersion);

	ClauseView addClause(long documentId, ClauseEdit clause);

	/** Saves a clause of the working version; refused when someone saved it since {@code clauseLock}. */
	ClauseView editClause(long documentId, long clauseId, long clauseLock, ClauseEdit clause);

	/** Removes a clause from the working version; refused when someone saved it since {@code clauseLock}. */
	void removeClause(long documentId, long clauseId, long clauseLock);

	/** Publishes the working version; from then on it never changes. */
	DocumentView publishVersion(long documentId, long lock, @Nullable String summary);

	/** A new working version, a copy of the published one, for revisions. */
	DocumentView startNewVersion(long documentId, long lock, @Nullable String summary);

	/**
	 * Opens the public discussion of the current text (publishing it) until the given day; the window, counted from
	 * today by the server clock, must be at least the kind's minimum.
	 */
	DocumentView openDiscussion(long documentId, long lock, LocalDate closesOn);

	DocumentView closeDiscussion(long documentId, long lock);

	/** From drafting (kinds without discussion) or the disposition of comments to review; publishes the text. */
	DocumentView sendToReview(long documentId, long lock);

	/** Passes the expert review step, recording that no expert review was performed. */
	DocumentView passExpertReview(long documentId, long lock);

	/**
	 * Asks the review module for the expert review of the published current version, by the chair or secretary
	 * while the document is at the expert review step; the step completes when the conclusion is issued.
	 */
	void requestExpertReview(long documentId, long lock, ExpertReviewOrder order);

	DocumentView submitToAuthority(long documentId, long lock);

	/** The authority's act put the submitted document in force; the edition it replaces is superseded. */
	DocumentView approve(long documentId, long lock, long actId);

	/** The OMB's decision put a document of its own level in force; the edition it replaces is superseded. */
	DocumentView adoptByOmbDecision(long documentId, long lock, @Nullable Long actId);

	DocumentView repeal(long documentId, long lock, long actId, @Nullable String reason);

	DocumentView returnForRevision(long documentId, long lock, String remarks);

	/**
	 * Names the OMB's working group (§15) whose participants draft the document with its chair, secretary and
	 * section head, or none; by the chair or secretary, while the text may still change. The group must be an open
	 * group of the same OMB.
	 */
	DocumentView assignWorkingGroup(long documentId, long lock, @Nullable Long workingGroupId);

	/** Whether the signed-in person is one of the document's authors (they dispose of its comments). */
	boolean isAuthor(long documentId);

	/**
	 * Replaces the working version's text by the chapters, sections and clauses of a Word file (DOCX) and keeps the
	 * file as the version's original. A clause with the same level and number as before keeps its key, so that
	 * versions still compare clause by clause.
	 */
	List<ClauseView> importDocx(long documentId, long lock, String fileName, byte[] content);

}
