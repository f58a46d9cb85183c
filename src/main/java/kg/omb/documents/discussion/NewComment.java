package kg.omb.documents.discussion;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.Region;

/**
 * A comment as a participant sends it: on a clause (its key) or on the whole document (none); optionally a passage
 * selected in the clause; who they speak as; and the organisation for an official comment.
 */
public record NewComment(@Nullable String clauseKey, @Nullable String quote, int quoteStart, String text,
		StakeholderKind stakeholder, @Nullable Region region, @Nullable Long organizationId) {
}
