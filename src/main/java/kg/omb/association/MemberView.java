package kg.omb.association;

import org.jspecify.annotations.Nullable;

/**
 * A person of an association as other modules see it (§16): a current member ({@code memberId}) or a participant of
 * a working group (no member id), their account if they have one, the organisation they represent, the section they
 * work in and whether they are the secretary.
 */
public record MemberView(@Nullable Long memberId, long associationId, String personName, @Nullable Long accountId,
		long organizationId,
		@Nullable Long sectionId, boolean secretary) {
}
