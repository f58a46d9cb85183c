package kg.omb.meetings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.shared.Bishkek;

/** Days and moments as the meeting pages write them, by the calendar and clock of Bishkek: 31.12.2026 14:00. */
@Component("meetingsFormat")
class MeetingsFormat {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	public String date(@Nullable LocalDate day, Locale locale) {
		return day == null ? "" : DAY.withLocale(locale).format(day);
	}

	public String moment(@Nullable Instant at, Locale locale) {
		return at == null ? "" : MOMENT.withLocale(locale).format(at.atZone(Bishkek.ZONE));
	}

}
