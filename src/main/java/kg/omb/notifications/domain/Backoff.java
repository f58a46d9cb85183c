package kg.omb.notifications.domain;

import java.time.Duration;

/**
 * How long to wait before trying a failed e-mail again: the initial delay after the first failure, doubled after
 * each further one, never more than the cap (1 min, 2, 4, ... up to 6 h by default).
 */
record Backoff(Duration initial, Duration max) {

	Backoff {
		if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
			throw new IllegalArgumentException("Backoff needs 0 < initial <= max, got " + initial + " and " + max);
		}
	}

	/** The wait after the given number of failed attempts (1 for the first failure). */
	Duration delayAfter(int failedAttempts) {
		if (failedAttempts < 1) {
			throw new IllegalArgumentException("No failed attempt yet: " + failedAttempts);
		}
		int doublings = failedAttempts - 1;
		if (doublings >= 62) {
			return max;
		}
		long factor = 1L << doublings;
		long initialMillis = initial.toMillis();
		if (initialMillis > max.toMillis() / factor) {
			return max;
		}
		return Duration.ofMillis(initialMillis * factor);
	}

}
