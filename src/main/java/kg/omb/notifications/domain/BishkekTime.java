package kg.omb.notifications.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import kg.omb.shared.Bishkek;

/** Moments as people in Kyrgyzstan read them: Bishkek time, written the way their language writes dates. */
public final class BishkekTime {

	public static final ZoneId ZONE = Bishkek.ZONE;

	private BishkekTime() {
	}

	/** Date and time, such as "30 ноября 2026 г., 02:47". */
	public static String dateTime(Instant moment, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ZONE)
			.format(moment);
	}

	/** A calendar date, such as "5 марта 2026 г.". */
	public static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

}
