package kg.omb.identity.domain;

import java.time.Duration;

/**
 * When failed sign-ins for one key are slowed and when they lock it: from {@code slowAfter} failures on, each
 * further attempt waits {@code firstDelay}, doubled per failure (at most {@code maxDelay}); {@code maxFailures}
 * within {@code window} lock the key for {@code lockDuration}.
 */
record ThrottleRule(int slowAfter, int maxFailures, Duration window, Duration lockDuration, Duration firstDelay,
		Duration maxDelay) {

	ThrottleRule {
		if (slowAfter < 1 || maxFailures < 1) {
			throw new IllegalArgumentException("slow-after and max-failures must be positive");
		}
	}

	/** The wait after the given number of failures, zero before the slowing starts. */
	Duration delayAfter(int failures) {
		if (failures < slowAfter) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - slowAfter, 30);
		Duration delay = firstDelay.multipliedBy(1L << doublings);
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}

}
