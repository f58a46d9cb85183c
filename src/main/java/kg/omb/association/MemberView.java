package kg.omb.association;

import org.jspecify.annotations.Nullable;

/**
 * A current member of an association as other modules see it (§16): the person, their account if they have one,
 * the organisation they represent, the section they work in and whether they are the secretary.
 */
public record MemberView(long associationId, @Nullable Long accountId, String personName, long organizationId,
		@Nullable Long sectionId, boolean secretary) {
}
