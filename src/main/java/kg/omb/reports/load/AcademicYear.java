package kg.omb.reports.load;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;

import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;

/**
 * An academic year, from 1 September to 31 August, named by the year it begins in: 2025 is 2025–2026. Its moments
 * are counted by the clock of Bishkek.
 */
public record AcademicYear(int startYear) {

	/** The first academic year a statement or a norm may be for. */
	public static final int FIRST = 2000;

	public static AcademicYear of(LocalDate day) {
		return new AcademicYear(day.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? day.getYear() : day.getYear() - 1);
	}

	public static AcademicYear current(Clock clock) {
		return of(Bishkek.today(clock));
	}

	/** The year named, refused unless from {@link #FIRST} to the next academic year after today's. */
	public static AcademicYear checked(int startYear, Clock clock) {
		int latest = current(clock).startYear() + 1;
		if (startYear < FIRST || startYear > latest) {
			throw new DomainException("load.error.year", String.valueOf(FIRST), String.valueOf(latest));
		}
		return new AcademicYear(startYear);
	}

	public LocalDate firstDay() {
		return LocalDate.of(startYear, Month.SEPTEMBER, 1);
	}

	/** The first day after the year: 1 September of the next. */
	public LocalDate end() {
		return firstDay().plusYears(1);
	}

	public Instant from() {
		return firstDay().atStartOfDay(Bishkek.ZONE).toInstant();
	}

	public Instant until() {
		return end().atStartOfDay(Bishkek.ZONE).toInstant();
	}

	/** As written in a title: 2025–2026. */
	public String label() {
		return startYear + "–" + (startYear + 1);
	}

}
