package kg.omb.identity.domain;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import kg.omb.identity.GrantingRule;
import kg.omb.identity.Role;
import kg.omb.identity.ScopedRole;

/** An administrator may grant and revoke every role in every scope. */
@Component
class AdministratorsGrantEveryRole implements GrantingRule {

	@Override
	public boolean allows(Authentication granter, ScopedRole grant) {
		return GrantingRights.hasAuthority(granter, Role.ADMIN.authority());
	}

}
