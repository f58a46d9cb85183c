package kg.omb.meetings.domain;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.Bishkek;

/** Moments as the minutes write them, by the clock of Bishkek: 31.12.2026 14:00. */
public final class MinutesDates {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	public String moment(@Nullable Instant at, Locale locale) {
		return at == null ? "" : MOMENT.withLocale(locale).format(at.atZone(Bishkek.ZONE));
	}

}
