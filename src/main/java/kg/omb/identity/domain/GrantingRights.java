package kg.omb.identity.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import kg.omb.identity.GrantingRule;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopedRole;

/**
 * The method-security check of who may grant and revoke which scoped role ({@code @grantingRights} in SpEL): allowed
 * when any {@link GrantingRule} allows it.
 */
@Component("grantingRights")
public class GrantingRights {

	private final List<GrantingRule> rules;

	private final GrantLedger grants;

	GrantingRights(List<GrantingRule> rules, GrantLedger grants) {
		this.rules = List.copyOf(rules);
		this.grants = grants;
	}

	public boolean mayGrant(@Nullable Authentication granter, Role role, Scope scope) {
		ScopedRole wanted = new ScopedRole(role, scope);
		return granter != null && granter.isAuthenticated()
				&& rules.stream().anyMatch(rule -> rule.allows(granter, wanted));
	}

	/** May revoke a grant who may grant it; a grant that does not exist is left for the service to report. */
	public boolean mayRevoke(@Nullable Authentication granter, long grantId) {
		return grants.findById(grantId)
			.map(grant -> mayGrant(granter, grant.getRole(), grant.getScope()))
			.orElseGet(() -> granter != null && hasAuthority(granter, Role.ADMIN.authority()));
	}

	static boolean hasAuthority(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch(held -> authority.equals(held.getAuthority()));
	}

}
