package kg.omb.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.identity.EmailVerificationRequested;

/**
 * Self-registration of participants, confirmed by a link mailed to the address. The answers never tell whether an
 * address is registered already: registering it again (or asking for a new link) looks the same to the person, and
 * only the owner of the address receives anything.
 */
@Service
@Transactional
public class Registration {

	private final AccountRepository accounts;

	private final AccountTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final MailedLinks links;

	private final IdentityProperties properties;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	Registration(AccountRepository accounts, AccountTokens tokens, PasswordEncoder passwordEncoder,
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

	/**
	 * Registers a participant waiting for confirmation and mails the link. For an address that is registered already
	 * nothing changes; if that account still waits for confirmation, its owner gets a new link.
	 */
	public void register(NewParticipant participant) {
		passwordPolicy.require(participant.password(), participant.email(), "password");
		// hashed in every case, so that a known address takes as long to answer as a new one
		String hash = passwordEncoder.encode(participant.password());
		String email = Account.normalizeEmail(participant.email());
		Optional<Account> existing = accounts.findByEmail(email);
		if (existing.isPresent()) {
			if (existing.get().isPendingVerification()) {
				requestVerification(existing.get());
			}
			else {
				tokens.issueNothing();
			}
			return;
		}
		Account account = accounts.save(Account.participant(email, participant.displayName(), hash,
				participant.language(), participant.stakeholderKind()));
		audit.record("account.registered", "account", account.id(),
				Map.of("stakeholderKind", participant.stakeholderKind().name()));
		requestVerification(account);
	}

	/** Confirms the address with a link's token; a used, expired or unknown token is refused. */
	public void confirm(String token) {
		Account account = accounts.findById(tokens.redeem(token, TokenPurpose.EMAIL_VERIFICATION))
			.orElseThrow(() -> new IllegalStateException("A token of a removed account"));
		boolean wasPending = account.isPendingVerification();
		account.verifyEmail(Instant.now(clock));
		if (wasPending) {
			audit.record("account.email-verified", "account", account.id());
		}
	}

	/** Mails a new link if the address belongs to an account waiting for confirmation; otherwise does nothing. */
	public void resendConfirmation(String email) {
		Optional<Account> pending = accounts.findByEmail(Account.normalizeEmail(email))
			.filter(Account::isPendingVerification);
		if (pending.isPresent()) {
			requestVerification(pending.get());
		}
		else {
			tokens.issueNothing();
		}
	}

	private void requestVerification(Account account) {
		IssuedToken token = tokens.issue(account.id(), TokenPurpose.EMAIL_VERIFICATION,
				properties.verificationTtl());
		events.publishEvent(
				new EmailVerificationRequested(account.id(), links.emailConfirmation(token), token.expiresAt()));
	}

}
