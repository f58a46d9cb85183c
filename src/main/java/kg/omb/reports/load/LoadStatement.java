package kg.omb.reports.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * A member's teaching-load statement for an academic year (§24): each activity by day with its hours, the totals
 * per kind and overall. {@code partial} says that the reader sees only the member's work in some OMBs (a chair
 * sees their OMB's); an activity without hours is one for which the authority has set no norm for the year.
 */
public record LoadStatement(long accountId, String personName, AcademicYear year, LocalDate compiledOn,
		List<Line> lines, boolean partial) {

	public LoadStatement {
		lines = List.copyOf(lines);
	}

	public List<Total> totals() {
		return Arrays.stream(ActivityKind.values()).map(this::total).toList();
	}

	public Total total(ActivityKind kind) {
		List<Line> ofKind = lines.stream().filter(line -> line.kind() == kind).toList();
		return new Total(kind, ofKind.size(), sum(ofKind));
	}

	public BigDecimal totalHours() {
		return sum(lines);
	}

	/** Whether some activity has no norm, so counts for no hours. */
	public boolean withoutNorm() {
		return lines.stream().anyMatch(line -> line.hours() == null);
	}

	private static BigDecimal sum(List<Line> lines) {
		return lines.stream().map(Line::hours).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * One activity: the day, its kind, what it was (a subject's title; none for a blind review read by others than
	 * the member and the OMB's organisers), a detail (a working group's task), the OMB, and the hours credited.
	 */
	public record Line(LocalDate on, ActivityKind kind, @Nullable LocalizedText subject, @Nullable String detail,
			long associationId, LocalizedText associationName, @Nullable BigDecimal hours) {
	}

	/** How many activities of a kind, and their hours. */
	public record Total(ActivityKind kind, int count, BigDecimal hours) {
	}

}
