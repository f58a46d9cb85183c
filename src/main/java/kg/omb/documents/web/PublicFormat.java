package kg.omb.documents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.shared.Bishkek;

/**
 * Small helpers the public document pages call from their templates ({@code @documentsFormat}): days and moments
 * written out in the page's language, moments by the calendar of Bishkek.
 */
@Component("documentsFormat")
class PublicFormat {

	public String date(@Nullable LocalDate day, Locale locale) {
		return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

	public String moment(@Nullable Instant at, Locale locale) {
		return at == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
					.withLocale(locale)
					.withZone(Bishkek.ZONE)
					.format(at);
	}

	public @Nullable LocalDate day(@Nullable Instant at) {
		return at == null ? null : LocalDate.ofInstant(at, Bishkek.ZONE);
	}

}
