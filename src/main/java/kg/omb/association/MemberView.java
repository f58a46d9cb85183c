package kg.omb.association;

import org.jspecify.annotations.Nullable;

/**
 * A current member of an association as other modules see it (§16): the person's name, their account if they have
 * one, the section they work in and whether they are the secretary.
 */
public record MemberView(long id, long associationId, String personName, @Nullable Long accountId,
		@Nullable Long sectionId, boolean secretary) {
}
