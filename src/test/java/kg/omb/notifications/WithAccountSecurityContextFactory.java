package kg.omb.notifications;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

import kg.omb.shared.AccountPrincipal;

/** Puts an {@link AccountPrincipal} in the security context, as the identity module's sign-in does. */
public class WithAccountSecurityContextFactory implements WithSecurityContextFactory<WithAccount> {

	@Override
	public SecurityContext createSecurityContext(WithAccount account) {
		var principal = new TestPrincipal(account.value(), account.name());
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_PARTICIPANT")));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		return context;
	}

	/** A signed-in person as the pages see them. */
	public record TestPrincipal(long accountId, String displayName) implements AccountPrincipal {

		public String getDisplayName() {
			return displayName;
		}

		@Override
		public String toString() {
			return "account-" + accountId;
		}

	}

}
