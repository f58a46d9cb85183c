package kg.omb.documents.web.manage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** Days as the workspace writes them in every language: 31.12.2026. */
final class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private Dates() {
	}

	static String format(@Nullable LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

}
