package kg.omb.identity.domain;

import java.time.Instant;

/** Where a grant stands at a moment: planned, in force, run out, or ended early by someone. */
public enum GrantState {

	UPCOMING, EFFECTIVE, EXPIRED, REVOKED;

	static GrantState of(RoleGrant grant, Instant now) {
		if (grant.getRevokedAt() != null) {
			return REVOKED;
		}
		if (grant.getValidFrom().isAfter(now)) {
			return UPCOMING;
		}
		return grant.isEffectiveAt(now) ? EFFECTIVE : EXPIRED;
	}

	/** Whether it still matters: in force or about to be. */
	public boolean current() {
		return this == UPCOMING || this == EFFECTIVE;
	}

}
