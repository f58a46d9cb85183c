package kg.omb.notifications.domain;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;

/** Records notifications and, for people who want them at once, puts the e-mail in the outbox. */
@Service
class NotificationService implements Notifications {

	static final int MAX_ARGUMENTS_LENGTH = 20_000;

	private final NotificationRepository notifications;

	private final DeliveryPreferences preferences;

	private final Accounts accounts;

	private final NoticeMails mails;

	private final MailOutbox outbox;

	private final Clock clock;

	NotificationService(NotificationRepository notifications, DeliveryPreferences preferences, Accounts accounts,
			NoticeMails mails, MailOutbox outbox, Clock clock) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.accounts = accounts;
		this.mails = mails;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void notify(long accountId, Notice notice) {
		AccountView account = accounts.find(accountId)
			.orElseThrow(() -> new IllegalArgumentException("No account " + accountId + " to notify"));
		String arguments = NoticeArguments.toJson(notice.arguments());
		if (arguments.length() > MAX_ARGUMENTS_LENGTH) {
			throw new IllegalArgumentException("Notice arguments too long: " + arguments.length() + " characters");
		}
		Instant now = Instant.now(clock);
		Notification notification = notifications.save(new Notification(accountId, notice.category(),
				notice.titleKey(), notice.bodyKey(), arguments, notice.link(), now));
		if (account.active() && preferences.deliveryOf(accountId) == Delivery.IMMEDIATE) {
			Recipient recipient = Recipient.of(account);
			outbox.enqueue(recipient, mails.single(recipient, notification));
			notification.markMailed(now);
		}
	}

}
