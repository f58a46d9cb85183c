package kg.omb.support;

import java.util.Arrays;
import java.util.stream.Stream;

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

	/**
	 * The authorities sign-in gives for a role: {@code OMB_CHAIR@ASSOCIATION:7} is that scoped role plus the plain
	 * {@code ROLE_OMB_CHAIR}; {@code ADMIN} is held on the whole platform; any other plain name is the role alone.
	 */
	static Stream<SimpleGrantedAuthority> authorities(String role) {
		int at = role.indexOf('@');
		if (at > 0) {
			return Stream.of(new SimpleGrantedAuthority(role), new SimpleGrantedAuthority("ROLE_" + role.substring(0, at)));
		}
		if (role.equals("ADMIN")) {
			return Stream.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ADMIN@PLATFORM"));
		}
		return Stream.of(new SimpleGrantedAuthority("ROLE_" + role));
	}

	/** Runs the action signed in as this account with these roles, then restores who was signed in before. */
	public static <T> T runAs(long accountId, String role, java.util.function.Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		var principal = new TestAccount(accountId, "account" + accountId + "@omb.test", "account " + accountId);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				authorities(role).toList()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static final class SecurityContextFactory implements WithSecurityContextFactory<WithAccount> {

		@Override
		public SecurityContext createSecurityContext(WithAccount account) {
			String email = account.email().isEmpty() ? "account" + account.value() + "@omb.test" : account.email();
			var authorities = Arrays.stream(account.roles()).flatMap(TestAccount::authorities).toList();
			var principal = new TestAccount(account.value(), email, account.name());
			var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(authentication);
			return context;
		}

	}

}
