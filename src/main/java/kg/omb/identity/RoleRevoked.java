package kg.omb.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A role grant was ended before its time; the grant itself stays in the account's history. */
public record RoleRevoked(long grantId, long accountId, Role role, Scope scope, Instant revokedAt,
		@Nullable Long revokedBy) {
}
