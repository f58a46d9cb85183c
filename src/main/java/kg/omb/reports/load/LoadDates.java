package kg.omb.reports.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** Days and hours as a statement writes them: 31.12.2026, 2.5 (none: a dash). */
public final class LoadDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	public String day(LocalDate day) {
		return DAY.format(day);
	}

	public String hours(@Nullable BigDecimal hours) {
		return hours == null ? "—" : hours.stripTrailingZeros().toPlainString();
	}

}
