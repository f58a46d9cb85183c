package kg.omb.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The platform's calendar: the day as it is in Bishkek, whatever zone the server runs in. */
public final class Bishkek {

	public static final ZoneId ZONE = ZoneId.of("Asia/Bishkek");

	private Bishkek() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}

	/** The moment the day begins in Bishkek. */
	public static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZONE).toInstant();
	}

}
