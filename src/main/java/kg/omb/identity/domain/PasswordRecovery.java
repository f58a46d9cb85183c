package kg.omb.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.identity.PasswordResetRequested;

/**
 * A forgotten password: a link mailed to the owner sets a new one, once, before it expires. Asking for the link
 * answers the same, and does about the same work, whether or not the address is registered.
 */
@Service
@Transactional
public class PasswordRecovery {

	private final AccountRepository accounts;

	private final AccountTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final MailedLinks links;

	private final IdentityProperties properties;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	PasswordRecovery(AccountRepository accounts, AccountTokens tokens, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, MailedLinks links, IdentityProperties properties,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.links = links;
		this.properties = properties;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** Mails a reset link to the owner of an account that may sign in (or still waits for confirmation). */
	public void requestReset(String email) {
		Optional<Account> account = accounts.findByEmail(Account.normalizeEmail(email))
			.filter(candidate -> candidate.getStatus() != AccountStatus.DEACTIVATED);
		if (account.isEmpty()) {
			tokens.issueNothing();
			return;
		}
		IssuedToken token = tokens.issue(account.get().id(), TokenPurpose.PASSWORD_RESET, properties.resetTtl());
		events.publishEvent(
				new PasswordResetRequested(account.get().id(), links.passwordReset(token), token.expiresAt()));
	}

	/** Checks that a reset link can still be used, without using it up; a bad token is refused. */
	@Transactional(readOnly = true)
	public void checkToken(String token) {
		tokens.peek(token, TokenPurpose.PASSWORD_RESET);
	}

	/**
	 * Sets the new password with the link's token, which is then used up; returns the account's e-mail (its sign-in
	 * name). The policy is checked before the token is spent, so that a refused password leaves the link working.
	 */
	public String reset(String token, String newPassword) {
		Account account = accounts.findById(tokens.peek(token, TokenPurpose.PASSWORD_RESET))
			.orElseThrow(() -> new IllegalStateException("A token of a removed account"));
		passwordPolicy.require(newPassword, account.getEmail(), "password");
		tokens.redeem(token, TokenPurpose.PASSWORD_RESET);
		tokens.revokeUnused(account.id(), TokenPurpose.PASSWORD_RESET);
		boolean verified = account.resetPassword(passwordEncoder.encode(newPassword), Instant.now(clock));
		audit.record("account.password-reset", "account", account.id());
		if (verified) {
			audit.record("account.email-verified", "account", account.id());
		}
		return account.getEmail();
	}

}
