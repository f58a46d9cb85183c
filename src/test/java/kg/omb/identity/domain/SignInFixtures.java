package kg.omb.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopedRole;

/** Accounts for tests, made the way the application makes them; imported by the tests that need it. */
@Transactional
public class SignInFixtures {

	private final AccountRepository accounts;

	private final RoleGrantRepository grants;

	private final AccountTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	SignInFixtures(AccountRepository accounts, RoleGrantRepository grants, AccountTokenRepository tokens,
			PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.grants = grants;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	public long staff(String email, String password, Locale language, Role role, Scope scope) {
		Account account = accounts.save(Account.staff(email, "Тест Колдонуучу", passwordEncoder.encode(password),
				language, Instant.now(clock)));
		grants.save(new RoleGrant(account.id(), new ScopedRole(role, scope), Instant.now(clock), null, null, null));
		return account.id();
	}

	public long participant(String email, String password, Locale language) {
		Account account = Account.participant(email, "Катышуучу", passwordEncoder.encode(password), language,
				StakeholderKind.CITIZEN);
		account.verifyEmail(Instant.now(clock));
		return accounts.save(account).id();
	}

	public long pendingParticipant(String email, String password) {
		return accounts.save(Account.participant(email, "Күтүүдөгү", passwordEncoder.encode(password),
				Locale.forLanguageTag("ky"), StakeholderKind.STUDENT)).id();
	}

	public long requiringPasswordChange(String email, String password) {
		long id = staff(email, password, Locale.forLanguageTag("ky"), Role.ADMIN, Scope.PLATFORM);
		accounts.findById(id).orElseThrow().requirePasswordChange();
		return id;
	}

	public void deactivate(long accountId) {
		accounts.findById(accountId).orElseThrow().deactivate(Instant.now(clock));
	}

	@Transactional(readOnly = true)
	public Account account(String email) {
		return accounts.findByEmail(Account.normalizeEmail(email)).orElseThrow();
	}

	@Transactional(readOnly = true)
	public boolean passwordMatches(String email, String password) {
		return passwordEncoder.matches(password, account(email).getPasswordHash());
	}

	@Transactional(readOnly = true)
	public long tokenCount(long accountId, TokenPurpose purpose) {
		return tokens.findAll()
			.stream()
			.filter(token -> token.getAccountId() == accountId && token.getPurpose() == purpose)
			.count();
	}

}
