package kg.omb.identity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.shared.Bishkek;

/**
 * Dates of grants as people in Kyrgyzstan read and type them: in Asia/Bishkek. A grant "until 30.06.2027" includes
 * that whole day, so it is stored as ending at the start of the next one. Named {@code @bishkekDates} in templates.
 */
@Component("bishkekDates")
public class BishkekDates {

	public static final ZoneId ZONE = Bishkek.ZONE;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	static @Nullable Instant startOf(@Nullable LocalDate day) {
		return day == null ? null : day.atStartOfDay(ZONE).toInstant();
	}

	static @Nullable Instant endOf(@Nullable LocalDate lastDay) {
		return lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(ZONE).toInstant();
	}

	public String date(@Nullable Instant moment) {
		return moment == null ? "" : DATE.format(moment.atZone(ZONE));
	}

	public String dateTime(@Nullable Instant moment) {
		return moment == null ? "" : DATE_TIME.format(moment.atZone(ZONE));
	}

	/** The last day a grant ending at this moment is in force. */
	public String lastDay(@Nullable Instant end) {
		return end == null ? "" : DATE.format(end.minusNanos(1).atZone(ZONE));
	}

}
