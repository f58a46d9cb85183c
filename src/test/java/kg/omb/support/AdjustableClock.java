package kg.omb.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the tests set and move forward, so that expiry, throttling and locks are tested without waiting. Import
 * {@link Configuration} to make it the application's clock.
 */
public final class AdjustableClock extends Clock {

	private volatile Instant now;

	public AdjustableClock(Instant start) {
		this.now = start;
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	public void advance(Duration duration) {
		this.now = now.plus(duration);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	/** Replaces the application's clock with an adjustable one, starting at the real time. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		AdjustableClock adjustableClock() {
			return new AdjustableClock(Clock.systemUTC().instant().truncatedTo(ChronoUnit.MILLIS));
		}

	}

}
