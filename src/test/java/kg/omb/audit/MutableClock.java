package kg.omb.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application's clock in audit tests: the system's, unless a test stops it at an instant of its choosing. */
public final class MutableClock extends Clock {

	private volatile @Nullable Instant stoppedAt;

	public void stopAt(Instant instant) {
		this.stoppedAt = instant;
	}

	public void run() {
		this.stoppedAt = null;
	}

	@Override
	public Instant instant() {
		Instant stopped = stoppedAt;
		return stopped != null ? stopped : Clock.systemUTC().instant();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The application's clock stays in UTC");
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

}
