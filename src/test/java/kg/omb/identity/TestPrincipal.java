package kg.omb.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import kg.omb.shared.AccountPrincipal;

/**
 * A signed-in person for tests, shaped like the identity module's principal: {@code ROLE_<role>} plus one
 * {@link ScopedRoleAuthority} per grant.
 */
public record TestPrincipal(long accountId, String email, String displayName, List<GrantedAuthority> authorities)
		implements UserDetails, AccountPrincipal {

	public static Authentication authentication(long accountId, String email, ScopedRole... roles) {
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		for (ScopedRole role : roles) {
			authorities.add(new SimpleGrantedAuthority(role.role().authority()));
		}
		for (ScopedRole role : roles) {
			authorities.add(new ScopedRoleAuthority(role));
		}
		var principal = new TestPrincipal(accountId, email, "Test " + accountId, new ArrayList<>(authorities));
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
	}

	public static ScopedRole in(Role role, ScopeType type, long id) {
		return new ScopedRole(role, Scope.of(type, id));
	}

	public static ScopedRole onPlatform(Role role) {
		return new ScopedRole(role, Scope.PLATFORM);
	}

	public String getDisplayName() {
		return displayName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public String getPassword() {
		return "";
	}

	@Override
	public String getUsername() {
		return email;
	}

}
