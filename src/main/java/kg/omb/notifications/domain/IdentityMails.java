package kg.omb.notifications.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.EmailVerificationRequested;
import kg.omb.identity.PasswordResetRequested;

/**
 * The identity module's e-mails: confirming an address and resetting a password. Mailed at once whatever the
 * person's preference, in their language. The listeners run synchronously, in the transaction that published the
 * event, so the e-mail is committed together with the token it carries (or not at all).
 */
@Component
class IdentityMails {

	private static final Logger log = LoggerFactory.getLogger(IdentityMails.class);

	private final Accounts accounts;

	private final MailTemplates templates;

	private final MailOutbox outbox;

	IdentityMails(Accounts accounts, MailTemplates templates, MailOutbox outbox) {
		this.accounts = accounts;
		this.templates = templates;
		this.outbox = outbox;
	}

	@EventListener
	void on(EmailVerificationRequested event) {
		mail(event.accountId(), "verify-email", "mail.verify-email.subject", event.link(), event.expiresAt());
	}

	@EventListener
	void on(PasswordResetRequested event) {
		mail(event.accountId(), "password-reset", "mail.password-reset.subject", event.link(), event.expiresAt());
	}

	private void mail(long accountId, String template, String subjectKey, String link, Instant expiresAt) {
		// a person confirming their address is not active yet: these go to any account that exists
		Optional<AccountView> account = accounts.find(accountId);
		if (account.isEmpty()) {
			log.warn("No account {} to send the {} e-mail to", accountId, template);
			return;
		}
		Recipient recipient = Recipient.of(account.get());
		String subject = templates.message(subjectKey, recipient.language());
		outbox.enqueue(recipient, templates.render(template, recipient, subject,
				Map.of("link", link, "expiresAt", BishkekTime.dateTime(expiresAt, recipient.language()))));
	}

}
