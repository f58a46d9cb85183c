package kg.omb.reports.load.web;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import kg.omb.reports.load.AcademicYear;

/** The academic years a selector offers: the next one and ten before it, latest first; today's by default. */
final class LoadYears {

	static final int SHOWN = 11;

	private LoadYears() {
	}

	static List<AcademicYear> offered(Clock clock) {
		int next = AcademicYear.current(clock).startYear() + 1;
		return IntStream.range(0, SHOWN).mapToObj(i -> new AcademicYear(next - i))
			.filter(year -> year.startYear() >= AcademicYear.FIRST)
			.toList();
	}

	static int chosen(@Nullable Integer year, Clock clock) {
		return year != null ? year : AcademicYear.current(clock).startYear();
	}

}
