package kg.omb.support;

import java.util.Arrays;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

import kg.omb.shared.AccountPrincipal;

/** A signed-in account for tests: the principal other modules see through {@link AccountPrincipal}. */
public record TestAccount(long accountId, String email, String displayName)
		implements AccountPrincipal, AuthenticatedPrincipal {

	/** The sign-in name, as the identity module's principal gives it. */
	@Override
	public String getName() {
		return email;
	}

	/** For the layout, which reads {@code principal.displayName} as a bean property. */
	public String getDisplayName() {
		return displayName;
	}

	public static final class SecurityContextFactory implements WithSecurityContextFactory<WithAccount> {

		@Override
		public SecurityContext createSecurityContext(WithAccount account) {
			String email = account.email().isEmpty() ? "account" + account.value() + "@omb.test" : account.email();
			var authorities = Arrays.stream(account.roles()).map(role -> new SimpleGrantedAuthority("ROLE_" + role))
				.toList();
			var principal = new TestAccount(account.value(), email, account.name());
			var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(authentication);
			return context;
		}

	}

}
