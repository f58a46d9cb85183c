package kg.omb.identity.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import kg.omb.identity.Role;
import kg.omb.identity.Scope;

/** One grant of an account as the administration shows it, with the names of who granted and who revoked it. */
public record GrantHistoryEntry(long id, long version, Role role, Scope scope, Instant validFrom,
		@Nullable Instant validTo, @Nullable String grantedBy, @Nullable Long legalActId, @Nullable Instant revokedAt,
		@Nullable String revokedBy, GrantState state) {
}
