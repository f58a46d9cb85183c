package kg.omb.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.audit.AuditLog;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopedRole;
import kg.omb.shared.web.Languages;

/**
 * Makes sure someone can administer the platform: when no active account holds the administrator role, the account
 * {@code omb.admin.email} gets it, with the password {@code omb.admin.password} or, when that is empty, a random
 * one printed once to the log that must be changed at the first sign-in. There is no fixed default password.
 */
@Component
@Order(AdministratorBootstrap.ORDER)
class AdministratorBootstrap implements ApplicationRunner {

	static final int ORDER = 100;

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private final AccountRepository accounts;

	private final RoleGrantRepository grants;

	private final PasswordEncoder passwordEncoder;

	private final StartupPasswords startupPasswords;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final String email;

	private final String configuredPassword;

	AdministratorBootstrap(AccountRepository accounts, RoleGrantRepository grants, PasswordEncoder passwordEncoder,
			StartupPasswords startupPasswords, AuditLog audit, Clock clock,
			PlatformTransactionManager transactionManager, @Value("${omb.admin.email}") String email,
			@Value("${omb.admin.password:}") String configuredPassword) {
		this.accounts = accounts;
		this.grants = grants;
		this.passwordEncoder = passwordEncoder;
		this.startupPasswords = startupPasswords;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.email = Account.normalizeEmail(email);
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!configuredPassword.isEmpty()) {
			startupPasswords.require(configuredPassword, email, "OMB_ADMIN_PASSWORD (omb.admin.password)");
		}
		String generated = transactions.execute(status -> ensureAdministrator());
		if (generated != null) {
			log.warn("One-time administrator password for {}: {}", email, generated);
		}
	}

	/** Creates or restores the administrator when there is none; answers the generated password, if any. */
	private @Nullable String ensureAdministrator() {
		Instant now = Instant.now(clock);
		List<Long> holders = grants.findEffectiveByRole(Role.ADMIN, now).stream().map(RoleGrant::getAccountId).toList();
		if (accounts.findAllById(holders).stream().anyMatch(Account::isActive)) {
			return null;
		}
		boolean generate = configuredPassword.isEmpty();
		String password = generate ? GeneratedPasswords.generate(startupPasswords.policy(), email) : configuredPassword;
		String hash = passwordEncoder.encode(password);
		Account account = accounts.findByEmail(email).orElse(null);
		if (account == null) {
			account = accounts.save(Account.staff(email, "Administrator", hash, Languages.DEFAULT, now));
			audit.record("account.created", "account", account.id(), Map.of("by", "start-up", "role", "ADMIN"));
		}
		else {
			// an existing account whose administrator role was lost: restore access with a new password
			log.warn("No active administrator found; the existing account {} becomes administrator again", email);
			if (account.getStatus() == AccountStatus.DEACTIVATED) {
				account.reactivate();
			}
			account.verifyEmail(now);
			account.changePassword(hash, true);
			audit.record("account.administrator-restored", "account", account.id(), Map.of("by", "start-up"));
		}
		if (generate) {
			account.requirePasswordChange();
		}
		grants.save(new RoleGrant(account.id(), new ScopedRole(Role.ADMIN, Scope.PLATFORM), now, null, null, null));
		return generate ? password : null;
	}

}
