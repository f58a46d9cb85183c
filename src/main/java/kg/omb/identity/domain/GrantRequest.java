package kg.omb.identity.domain;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.identity.ScopedRole;

/**
 * A grant about to be made, with what the rules need to judge it: the account's status and the grants it holds.
 */
record GrantRequest(ScopedRole wanted, Instant validFrom, @Nullable Instant validTo, Instant now,
		AccountStatus accountStatus, List<RoleGrant> existingGrants) {
}
