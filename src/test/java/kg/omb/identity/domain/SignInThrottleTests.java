package kg.omb.identity.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import kg.omb.identity.domain.SignInThrottle.KeyType;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	static final ThrottleRule RULE = new ThrottleRule(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(15),
			Duration.ofSeconds(1), Duration.ofMinutes(1));

	static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

	@Test
	void theWaitStartsAtTheThirdFailureAndDoublesUpToTheLongest() {
		assertThat(RULE.delayAfter(2)).isZero();
		assertThat(RULE.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
		assertThat(RULE.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
		assertThat(RULE.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
		assertThat(RULE.delayAfter(40)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void twoFailuresAreNotSlowedDown() {
		var throttle = new SignInThrottle(KeyType.ACCOUNT, "a@example.kg", START);
		throttle.fail(START, RULE);
		throttle.fail(START, RULE);
		assertThat(throttle.refusalAt(START, RULE)).isEmpty();
	}

	@Test
	void theThirdFailureImposesAWaitOfOneSecond() {
		var throttle = failed(3, START);
		assertThat(throttle.refusalAt(START.plusMillis(999), RULE))
			.contains(new SignInRefusal(START.plusSeconds(1), false));
		assertThat(throttle.refusalAt(START.plusSeconds(1), RULE)).isEmpty();
	}

	@Test
	void theFifthFailureLocksForTheLockDurationAndThenTheCountStartsAfresh() {
		var throttle = failed(4, START);
		assertThat(throttle.fail(START.plusSeconds(5), RULE)).isTrue();
		Instant until = START.plusSeconds(5).plus(Duration.ofMinutes(15));
		assertThat(throttle.refusalAt(until.minusMillis(1), RULE)).contains(new SignInRefusal(until, true));
		assertThat(throttle.refusalAt(until, RULE)).isEmpty();

		assertThat(throttle.fail(until, RULE)).isFalse();
		assertThat(throttle.getFailures()).isEqualTo(1);
	}

	@Test
	void failuresFurtherApartThanTheWindowDoNotAddUp() {
		var throttle = failed(4, START);
		assertThat(throttle.fail(START.plus(Duration.ofMinutes(15)), RULE)).isFalse();
		assertThat(throttle.getFailures()).isEqualTo(1);
	}

	@Test
	void aResetForgetsTheFailuresAndTheLock() {
		var throttle = failed(5, START);
		throttle.reset();
		assertThat(throttle.refusalAt(START, RULE)).isEmpty();
		assertThat(throttle.getLockedUntil()).isNull();
	}

	static SignInThrottle failed(int times, Instant at) {
		var throttle = new SignInThrottle(KeyType.ACCOUNT, "a@example.kg", at);
		for (int i = 0; i < times; i++) {
			throttle.fail(at, RULE);
		}
		return throttle;
	}

}
