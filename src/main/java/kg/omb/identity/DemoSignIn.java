package kg.omb.identity;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import kg.omb.shared.AccountPrincipal;

/**
 * Runs demo-data work as a demo account, so that the services check their permissions and the audit trail names
 * the person, exactly as if they had signed in. The previous security context comes back afterwards (at start-up
 * there is none, so it is cleared).
 */
public final class DemoSignIn {

	private DemoSignIn() {
	}

	public static <T> T as(AccountView account, List<String> authorities, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				new DemoPrincipal(account.id(), account.displayName(), account.email()), null,
				AuthorityUtils.createAuthorityList(authorities)));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			if (previous.getAuthentication() == null) {
				SecurityContextHolder.clearContext();
			}
			else {
				SecurityContextHolder.setContext(previous);
			}
		}
	}

	/** The signed-in demo account; its name (for the audit trail) is the e-mail, as for a real sign-in. */
	private record DemoPrincipal(long accountId, String displayName, String email)
			implements AccountPrincipal, AuthenticatedPrincipal {

		@Override
		public String getName() {
			return email;
		}

	}

}
