package kg.omb.documents.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the disposition table: the comment (its number in the table, the clause it concerns, the passage
 * quoted, who made it and as whom) and what the authors made of it. A comment on the whole document has no clause
 * number.
 */
public record DispositionRow(int number, long commentId, @Nullable String clauseNumber, @Nullable String quote, String author,
		StakeholderKind stakeholder, boolean official, Instant postedAt, String text,
		@Nullable DispositionOutcome outcome, @Nullable String justification, @Nullable String changedClauseNumber) {
}
