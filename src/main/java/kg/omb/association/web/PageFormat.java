package kg.omb.association.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Small helpers the public association pages call from their templates ({@code @associationPageFormat}): a date in
 * the page's language, a text's paragraphs, and the message key of an enum's label ({@code association.status.} + {@code active}).
 */
@Component("associationPageFormat")
public class PageFormat {

	/** A day written out in the page's language (2 декабря 2026 г., 2026-ж., 2-декабрь). */
	public String date(@Nullable LocalDate day, Locale locale) {
		return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

	/** A text typed with line breaks as its paragraphs, blank lines left out (no inline styles under the CSP). */
	public List<String> paragraphs(@Nullable String text) {
		return text == null ? List.of()
				: text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** The key of an enum constant's label under a prefix: {@code EMPLOYER_REPRESENTATIVE} → {@code employer-representative}. */
	public String key(String prefix, Enum<?> value) {
		return prefix + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
