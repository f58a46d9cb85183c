package kg.omb.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An account was given a role within a scope for a period (open-ended when {@code validTo} is null), by an
 * administrator or another person allowed to grant it, possibly on the basis of a legal act.
 */
public record RoleGranted(long grantId, long accountId, Role role, Scope scope, Instant validFrom,
		@Nullable Instant validTo, @Nullable Long grantedBy, @Nullable Long legalActId) {
}
