package kg.omb.notifications.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.shared.NotFoundException;

/**
 * The signed-in person's own notifications: how many are unread, the list, marking them read. Nobody sees or
 * touches another person's notifications; asking for one answers "not found".
 */
@Service
public class NotificationInbox {

	public static final int PAGE_SIZE = 20;

	private final NotificationRepository notifications;

	private final NoticeText text;

	private final Clock clock;

	NotificationInbox(NotificationRepository notifications, NoticeText text, Clock clock) {
		this.notifications = notifications;
		this.text = text;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public long unreadCount() {
		return notifications.countByAccountIdAndReadAtIsNull(DeliveryPreferences.signedIn());
	}

	/** A page of the list, newest first (page numbers from 0); a page past the end shows the last one. */
	@Transactional(readOnly = true)
	public Page<NotificationItem> page(int page, Locale locale) {
		long accountId = DeliveryPreferences.signedIn();
		Page<Notification> found = notifications.findByAccountIdOrderByCreatedAtDescIdDesc(accountId,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		if (found.getContent().isEmpty() && found.getTotalPages() > 0) {
			found = notifications.findByAccountIdOrderByCreatedAtDescIdDesc(accountId,
					PageRequest.of(found.getTotalPages() - 1, PAGE_SIZE));
		}
		return found.map(notification -> item(notification, locale));
	}

	@Transactional
	public NotificationItem markRead(long notificationId, Locale locale) {
		Notification notification = notifications.findByIdAndAccountId(notificationId, DeliveryPreferences.signedIn())
			.orElseThrow(() -> new NotFoundException("notifications.error.not-found", notificationId));
		notification.markRead(Instant.now(clock));
		return item(notification, locale);
	}

	/** Marks every unread notification read; returns how many were. */
	@Transactional
	public int markAllRead() {
		return notifications.markAllRead(DeliveryPreferences.signedIn(), Instant.now(clock));
	}

	private NotificationItem item(Notification notification, Locale locale) {
		NoticeText.Rendered rendered = text.render(notification, locale);
		return new NotificationItem(notification.id(), notification.getCategory(), rendered.title(),
				rendered.body(), notification.getLink(), notification.getCreatedAt(),
				BishkekTime.dateTime(notification.getCreatedAt(), locale), notification.isRead());
	}

}
