package kg.omb.notifications.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A notification as its owner sees it in the list, in the language of the page.
 * @param createdAtText the time it was created, in Bishkek time, written the page language's way
 */
public record NotificationItem(long id, String category, String title, String body, @Nullable String link,
		Instant createdAt, String createdAtText, boolean read) {
}
