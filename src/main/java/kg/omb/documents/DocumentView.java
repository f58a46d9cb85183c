package kg.omb.documents;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * A normative document as others see it. {@code lock} is its optimistic-locking version, to be sent back with a
 * change; {@code workingGroupId} is the OMB's working group whose participants draft it; {@code expertReviewPerformed} is false once the expert review step was passed without a review;
 * {@code inForceSince} is the day it entered (or, when still ahead, enters) into force: its act's effective day.
 */
public record DocumentView(long id, long associationId, @Nullable Long sectionId, @Nullable Long workingGroupId,
		DocumentKind kind,
		LocalizedText title, Set<String> codes, Set<String> levels, DocumentStatus status, int currentVersion,
		boolean currentVersionPublished, @Nullable LocalDate discussionOpenedOn, @Nullable LocalDate discussionClosesOn,
		@Nullable Boolean expertReviewPerformed, @Nullable Long predecessorId, @Nullable Long successorId,
		@Nullable Long inForceActId, @Nullable LocalDate inForceSince, long lock) {

	/**
	 * Whether its comments may take (or correct) their dispositions now: after the discussion, while the text may
	 * still change — at the disposition of comments and, after a return for revision, while it is drafted again. The
	 * disposition table belongs to the text it justifies, so it is frozen with it from review onwards.
	 */
	public boolean takesDispositions() {
		return discussionClosesOn != null && status.isEditable();
	}

}
