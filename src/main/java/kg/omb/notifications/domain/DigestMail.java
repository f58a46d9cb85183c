package kg.omb.notifications.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;

/**
 * Gathers a person's unread notifications that no e-mail has carried yet into one e-mail in their language, and
 * marks them mailed in the same transaction, so that doing it twice mails nothing twice.
 */
@Component
class DigestMail {

	private final NotificationRepository notifications;

	private final Accounts accounts;

	private final NoticeMails mails;

	private final MailOutbox outbox;

	private final MailSettings settings;

	private final Clock clock;

	DigestMail(NotificationRepository notifications, Accounts accounts, NoticeMails mails, MailOutbox outbox,
			MailSettings settings, Clock clock) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.mails = mails;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether an e-mail was put in the outbox: not when nothing waits, nor for an inactive account. */
	@Transactional(propagation = Propagation.REQUIRED)
	public boolean mailWaiting(long accountId) {
		Optional<AccountView> account = accounts.find(accountId).filter(AccountView::active);
		if (account.isEmpty()) {
			return false;
		}
		List<Notification> waiting = notifications.findAwaitingMail(accountId);
		if (waiting.isEmpty()) {
			return false;
		}
		int listed = Math.min(waiting.size(), settings.digest().maxItems());
		Recipient recipient = Recipient.of(account.get());
		outbox.enqueue(recipient, mails.digest(recipient, waiting.subList(0, listed), waiting.size() - listed));
		Instant now = Instant.now(clock);
		waiting.forEach(notification -> notification.markMailed(now));
		return true;
	}

}
