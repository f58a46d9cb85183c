package kg.omb.notifications.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail in the outbox, rendered in the recipient's language when it was written. It is sent by the outbox job;
 * a failed attempt is counted and scheduled again with backoff, and after the configured number of attempts the
 * message is kept as {@link OutboxStatus#FAILED_PERMANENTLY}. Never deleted because sending failed.
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMessage {

	static final int MAX_ERROR_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "recipient_address", nullable = false, updatable = false)
	private String recipientAddress;

	@Column(name = "recipient_name", updatable = false)
	private @Nullable String recipientName;

	@Column(nullable = false, updatable = false)
	private String language;

	@Column(nullable = false, updatable = false)
	private String subject;

	@Column(name = "body_text", nullable = false, updatable = false)
	private String bodyText;

	@Column(name = "body_html", nullable = false, updatable = false)
	private String bodyHtml;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OutboxStatus status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "last_error")
	private @Nullable String lastError;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private @Nullable Instant sentAt;

	protected OutboxMessage() {
		this.recipientAddress = "";
		this.language = "";
		this.subject = "";
		this.bodyText = "";
		this.bodyHtml = "";
		this.status = OutboxStatus.PENDING;
		this.nextAttemptAt = Instant.EPOCH;
		this.createdAt = Instant.EPOCH;
	}

	OutboxMessage(Recipient recipient, RenderedMail mail, Instant now) {
		this.recipientAddress = recipient.address();
		this.recipientName = recipient.name();
		this.language = recipient.language().getLanguage();
		this.subject = mail.subject();
		this.bodyText = mail.text();
		this.bodyHtml = mail.html();
		this.status = OutboxStatus.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	boolean isDue(Instant now) {
		return status == OutboxStatus.PENDING && !nextAttemptAt.isAfter(now);
	}

	void markSent(Instant now) {
		if (status != OutboxStatus.PENDING) {
			throw new IllegalStateException("Outbox message " + id + " is " + status + ", not pending");
		}
		status = OutboxStatus.SENT;
		sentAt = now;
	}

	/**
	 * Counts a failed attempt and keeps the error. Tries again after the backoff, or gives up for good once
	 * {@code maxAttempts} attempts have failed.
	 */
	void recordFailure(String error, Instant now, Backoff backoff, int maxAttempts) {
		if (status != OutboxStatus.PENDING) {
			throw new IllegalStateException("Outbox message " + id + " is " + status + ", not pending");
		}
		attempts++;
		lastError = truncate(error);
		if (attempts >= maxAttempts) {
			status = OutboxStatus.FAILED_PERMANENTLY;
		}
		else {
			nextAttemptAt = now.plus(backoff.delayAfter(attempts));
		}
	}

	/** Gives up at once, for a failure that no retry can cure (an address that is not an e-mail address). */
	void giveUp(String error) {
		if (status != OutboxStatus.PENDING) {
			throw new IllegalStateException("Outbox message " + id + " is " + status + ", not pending");
		}
		attempts++;
		lastError = truncate(error);
		status = OutboxStatus.FAILED_PERMANENTLY;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Outbox message is not saved yet");
		}
		return id;
	}

	private static String truncate(String error) {
		return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
	}

	Recipient recipient() {
		return new Recipient(recipientAddress, recipientName, Locale.forLanguageTag(language));
	}

	RenderedMail mail() {
		return new RenderedMail(subject, bodyText, bodyHtml);
	}

	long getVersion() {
		return version;
	}

	OutboxStatus getStatus() {
		return status;
	}

	int getAttempts() {
		return attempts;
	}

	Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	@Nullable String getLastError() {
		return lastError;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	@Nullable Instant getSentAt() {
		return sentAt;
	}

}
