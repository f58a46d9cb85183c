package kg.omb.identity.domain;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account that signs in, by e-mail (without regard to case), with the roles it holds now; and upgrades
 * a password hash written with an older algorithm when its owner signs in.
 * <p>
 * Deliberately not a {@code UserDetailsService} bean: the sign-in goes through the throttled authentication
 * provider of the web layer, which adapts this service.
 */
@Service
@Transactional(readOnly = true)
public class SignInAccounts {

	private final AccountRepository accounts;

	private final RoleGrantRepository grants;

	private final Clock clock;

	SignInAccounts(AccountRepository accounts, RoleGrantRepository grants, Clock clock) {
		this.accounts = accounts;
		this.grants = grants;
		this.clock = clock;
	}

	public SignedInAccount load(String email) {
		Account account = accounts.findByEmail(Account.normalizeEmail(email))
			.orElseThrow(() -> new UsernameNotFoundException("No account with this e-mail"));
		return SignedInAccount.of(account, grants.findEffective(account.id(), Instant.now(clock)));
	}

	@Transactional
	public UserDetails upgradePasswordHash(UserDetails user, String newHash) {
		SignedInAccount signedIn = (SignedInAccount) user;
		accounts.findById(signedIn.accountId()).ifPresent(account -> account.rehashPassword(newHash));
		return user;
	}

}
