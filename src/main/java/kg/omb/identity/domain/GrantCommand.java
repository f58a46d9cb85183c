package kg.omb.identity.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopedRole;

/**
 * Give an account a role within a scope, from a moment (now when null) until another (open-ended when null),
 * optionally citing the legal act it rests on.
 */
public record GrantCommand(long accountId, Role role, Scope scope, @Nullable Instant validFrom,
		@Nullable Instant validTo, @Nullable Long legalActId) {

	public ScopedRole scopedRole() {
		return new ScopedRole(role, scope);
	}

}
