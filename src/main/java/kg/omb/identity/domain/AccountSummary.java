package kg.omb.identity.domain;

import java.util.List;

import kg.omb.identity.ScopedRole;

/** An account in the administration's search results, with the roles it holds now. */
public record AccountSummary(long id, String email, String displayName, AccountStatus status,
		List<ScopedRole> roles) {
}
