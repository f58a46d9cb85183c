package kg.omb.documents.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.Region;
import kg.omb.documents.discussion.DocumentComment;
import kg.omb.documents.discussion.StakeholderKind;
import kg.omb.shared.web.Names;

/**
 * A comment of the public discussion as anyone sees it: who (the display name they had, as whom they spoke, their
 * region, and the organisation for an official comment), on which version and clause (and passage), when, what.
 * A hidden comment keeps its place in the thread with {@code hidden} true and nothing of its content or author; no
 * comment carries an account id or an e-mail address.
 */
record CommentEntry(long id, @Nullable Long parentId, int version, @Nullable String clauseKey, @Nullable String quote,
		@Nullable String author, @Nullable StakeholderKind stakeholder, @Nullable Region region,
		@Nullable OrganizationRef organization, Instant postedAt, @Nullable String text, boolean hidden) {

	static CommentEntry of(DocumentComment comment, @Nullable OrganizationRef organization) {
		if (comment.isHidden()) {
			return new CommentEntry(comment.id(), comment.getParentId(), comment.getVersionNumber(),
					comment.getClauseKey(), null, null, null, null, null, comment.getPostedAt(), null, true);
		}
		return new CommentEntry(comment.id(), comment.getParentId(), comment.getVersionNumber(),
				comment.getClauseKey(), comment.getAnchor() == null ? null : comment.getAnchor().quote(),
				comment.getAuthorName(), comment.getStakeholder(), comment.getRegion(), organization,
				comment.getPostedAt(), comment.getText(), false);
	}

	/** The organisation on whose behalf an official comment was filed. */
	record OrganizationRef(long id, @Nullable Names name) {
	}

}
