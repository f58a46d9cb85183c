package kg.omb.documents.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import kg.omb.documents.discussion.DispositionOutcome;
import kg.omb.documents.discussion.DispositionRow;
import kg.omb.documents.discussion.StakeholderKind;

/**
 * A line of the disposition table: the comment (its number in the table, the clause number in the version
 * discussed, the passage, who and as whom) and the authors' outcome with its justification and the number of the
 * clause that changed in the current version. {@code outcome} is null while the comment waits for it.
 */
record DispositionEntry(int number, long commentId, @Nullable String clauseNumber, @Nullable String quote,
		String author, StakeholderKind stakeholder, boolean official, Instant postedAt, String text,
		@Nullable DispositionOutcome outcome, @Nullable String justification, @Nullable String changedClauseNumber) {

	static DispositionEntry of(DispositionRow row) {
		return new DispositionEntry(row.number(), row.commentId(), row.clauseNumber(), row.quote(), row.author(),
				row.stakeholder(), row.official(), row.postedAt(), row.text(), row.outcome(), row.justification(),
				row.changedClauseNumber());
	}

}
