package kg.omb.notifications.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One notification in a person's list: message keys and arguments rather than text, so that it reads in the
 * language of whoever looks at it. Reading it and mailing it are each recorded once.
 */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(nullable = false, updatable = false)
	private String category;

	@Column(name = "title_key", nullable = false, updatable = false)
	private String titleKey;

	@Column(name = "body_key", nullable = false, updatable = false)
	private String bodyKey;

	/** The arguments as JSON (see {@link NoticeArguments}). */
	@Column(nullable = false, updatable = false)
	private String arguments;

	@Column(updatable = false)
	private @Nullable String link;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private @Nullable Instant readAt;

	@Column(name = "mailed_at")
	private @Nullable Instant mailedAt;

	protected Notification() {
		this.category = "";
		this.titleKey = "";
		this.bodyKey = "";
		this.arguments = "[]";
		this.createdAt = Instant.EPOCH;
	}

	Notification(long accountId, String category, String titleKey, String bodyKey, String arguments,
			@Nullable String link, Instant createdAt) {
		this.accountId = accountId;
		this.category = category;
		this.titleKey = titleKey;
		this.bodyKey = bodyKey;
		this.arguments = arguments;
		this.link = link;
		this.createdAt = createdAt;
	}

	/** Marks it read; reading it again keeps the first time. */
	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	/** Records that it went out by e-mail, at once or in a digest; the first time is kept. */
	void markMailed(Instant now) {
		if (mailedAt == null) {
			mailedAt = now;
		}
	}

	boolean isRead() {
		return readAt != null;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Notification is not saved yet");
		}
		return id;
	}

	long getAccountId() {
		return accountId;
	}

	String getCategory() {
		return category;
	}

	String getTitleKey() {
		return titleKey;
	}

	String getBodyKey() {
		return bodyKey;
	}

	String getArguments() {
		return arguments;
	}

	@Nullable String getLink() {
		return link;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	@Nullable Instant getReadAt() {
		return readAt;
	}

	@Nullable Instant getMailedAt() {
		return mailedAt;
	}

}
