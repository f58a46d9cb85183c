package kg.omb.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import kg.omb.identity.domain.AccountStatus;
import kg.omb.identity.domain.SignInAccounts;
import kg.omb.identity.domain.SignInThrottling;
import kg.omb.identity.domain.SignedInAccount;

/**
 * Sign-in with e-mail and password, slowed down and locked after repeated failures (see {@link SignInThrottling}).
 * A refused attempt is answered without looking at the password; a wrong password is counted; a right one clears
 * the count. Only after the password matched is the person told that the account waits for confirmation of its
 * e-mail or is deactivated, so that nobody learns that from a guess.
 * <p>
 * The exceptions are Spring Security's own ({@link BadCredentialsException}, {@link LockedException},
 * {@link DisabledException}), so that its authentication events, which the audit records, name them.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	static final String THROTTLED = "login.error.throttled";

	static final String PENDING_VERIFICATION = "login.error.pending-verification";

	static final String DEACTIVATED = "login.error.deactivated";

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottling throttling;

	ThrottledAuthenticationProvider(SignInAccounts accounts, PasswordEncoder passwordEncoder,
			SignInThrottling throttling) {
		this.throttling = throttling;
		this.passwords = new DaoAuthenticationProvider(accounts::load);
		this.passwords.setPasswordEncoder(passwordEncoder);
		this.passwords.setUserDetailsPasswordService(accounts::upgradePasswordHash);
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(ThrottledAuthenticationProvider::requireActive);
		this.passwords.afterPropertiesSet();
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName();
		String clientAddress = clientAddress(authentication);
		if (throttling.refusal(email, clientAddress).isPresent()) {
			throw new LockedException(THROTTLED);
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttling.succeeded(email);
			return result;
		}
		catch (BadCredentialsException wrongPassword) {
			throttling.failed(email, clientAddress);
			throw wrongPassword;
		}
		catch (DisabledException rightPasswordButNotActive) {
			throttling.succeeded(email);
			throw rightPasswordButNotActive;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static void requireActive(UserDetails user) {
		if (user instanceof SignedInAccount account && account.status() != AccountStatus.ACTIVE) {
			throw new DisabledException(
					account.status() == AccountStatus.PENDING_VERIFICATION ? PENDING_VERIFICATION : DEACTIVATED);
		}
	}

	private static @Nullable String clientAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
