package kg.omb.identity.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An account holds a role in a scope at most once at any moment: a new grant may not overlap a grant of the same
 * role and scope that is not revoked (one in force now, or one already planned for a period that overlaps).
 */
final class NoDuplicateEffectiveGrant implements GrantPolicy {

	@Override
	public Decision check(GrantRequest request) {
		boolean overlapping = request.existingGrants().stream()
			.filter(grant -> grant.getRevokedAt() == null)
			.filter(grant -> grant.scopedRole().equals(request.wanted()))
			.anyMatch(grant -> overlaps(grant.getValidFrom(), grant.getValidTo(), request.validFrom(),
					request.validTo()));
		return overlapping ? Decision.reject("grant.error.duplicate") : Decision.allow();
	}

	private static boolean overlaps(Instant fromA, @Nullable Instant toA, Instant fromB, @Nullable Instant toB) {
		boolean aStartsBeforeBEnds = toB == null || fromA.isBefore(toB);
		boolean bStartsBeforeAEnds = toA == null || fromB.isBefore(toA);
		return aStartsBeforeBEnds && bStartsBeforeAEnds;
	}

}
