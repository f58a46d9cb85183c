package kg.omb.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests set and move, so that periods and TOTP time steps are exact. */
public final class MutableClock extends Clock {

	/** Later than any real start-up of the tests, so that everything created at start-up lies in the past. */
	public static final Instant BASE = Instant.parse("2030-01-07T06:00:00Z");

	private volatile Instant now = BASE;

	public void set(Instant instant) {
		this.now = instant;
	}

	public void advance(Duration duration) {
		this.now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now;
	}

}
