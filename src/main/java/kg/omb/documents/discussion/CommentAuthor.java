package kg.omb.documents.discussion;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.Region;

/**
 * Who posts a comment and as whom: a registered account with its name at the time, the stakeholder kind and
 * region they give, and the organisation on whose behalf they speak (an official comment), if any.
 */
public record CommentAuthor(long accountId, String name, StakeholderKind stakeholder, @Nullable Region region,
		@Nullable Long organizationId) {

	public CommentAuthor {
		if (organizationId != null && stakeholder != StakeholderKind.ORGANIZATION) {
			stakeholder = StakeholderKind.ORGANIZATION;
		}
	}

}
