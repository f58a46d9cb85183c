package kg.omb.identity.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;

/**
 * The count of failed sign-ins for one key (an e-mail address as typed, or a client address) within the current
 * window, and the lock they led to. Kept in the database so that every node sees the same count.
 */
@Entity
@Table(name = "sign_in_throttle")
class SignInThrottle extends BaseEntity {

	@Enumerated(EnumType.STRING)
	@Column(name = "key_type", nullable = false)
	private KeyType keyType;

	@Column(name = "key_value", nullable = false)
	private String keyValue;

	@Column(nullable = false)
	private int failures;

	@Column(name = "window_started_at", nullable = false)
	private Instant windowStartedAt;

	@Column(name = "last_failure_at", nullable = false)
	private Instant lastFailureAt;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	protected SignInThrottle() {
		this.keyType = KeyType.ACCOUNT;
		this.keyValue = "";
		this.windowStartedAt = Instant.EPOCH;
		this.lastFailureAt = Instant.EPOCH;
	}

	SignInThrottle(KeyType keyType, String keyValue, Instant now) {
		this.keyType = keyType;
		this.keyValue = keyValue;
		this.windowStartedAt = now;
		this.lastFailureAt = now;
	}

	/** Whether an attempt now must be refused without checking the password, and until when. */
	Optional<SignInRefusal> refusalAt(Instant now, ThrottleRule rule) {
		if (lockedUntil != null && now.isBefore(lockedUntil)) {
			return Optional.of(new SignInRefusal(lockedUntil, true));
		}
		if (isFresh(now, rule)) {
			return Optional.empty();
		}
		Instant next = lastFailureAt.plus(rule.delayAfter(failures));
		return now.isBefore(next) ? Optional.of(new SignInRefusal(next, false)) : Optional.empty();
	}

	/** Counts a failure; answers whether it locked the key. */
	boolean fail(Instant now, ThrottleRule rule) {
		if (isFresh(now, rule)) {
			failures = 0;
			windowStartedAt = now;
			lockedUntil = null;
		}
		failures++;
		lastFailureAt = now;
		if (failures >= rule.maxFailures()) {
			lockedUntil = now.plus(rule.lockDuration());
			return true;
		}
		return false;
	}

	void reset() {
		failures = 0;
		lockedUntil = null;
	}

	/** No failure counts any more: none yet, the window has passed, or a lock has ended. */
	private boolean isFresh(Instant now, ThrottleRule rule) {
		return failures == 0 || !now.isBefore(windowStartedAt.plus(rule.window()))
				|| lockedUntil != null && !now.isBefore(lockedUntil);
	}

	KeyType getKeyType() {
		return keyType;
	}

	String getKeyValue() {
		return keyValue;
	}

	int getFailures() {
		return failures;
	}

	@Nullable Instant getLockedUntil() {
		return lockedUntil;
	}

	/** What a throttle counts failures of. */
	enum KeyType {

		ACCOUNT, ADDRESS

	}

}
