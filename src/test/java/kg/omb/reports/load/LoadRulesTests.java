package kg.omb.reports.load;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of norms, academic years and totals, without Spring. */
class LoadRulesTests {

	@Test
	void anAcademicYearRunsFromTheFirstOfSeptemberToTheLastOfAugustInBishkek() {
		assertThat(AcademicYear.of(LocalDate.of(2025, 9, 1)).startYear()).isEqualTo(2025);
		assertThat(AcademicYear.of(LocalDate.of(2026, 8, 31)).startYear()).isEqualTo(2025);
		assertThat(AcademicYear.of(LocalDate.of(2026, 1, 15)).label()).isEqualTo("2025–2026");
		// midnight of 1 September in Bishkek is 18:00 UTC the day before
		assertThat(new AcademicYear(2025).from()).isEqualTo(Instant.parse("2025-08-31T18:00:00Z"));
		assertThat(new AcademicYear(2025).until()).isEqualTo(Instant.parse("2026-08-31T18:00:00Z"));
		java.time.Clock june = java.time.Clock.fixed(Instant.parse("2026-06-15T06:00:00Z"), ZoneOffset.UTC);
		assertThat(AcademicYear.checked(2026, june).startYear()).isEqualTo(2026);
		assertThatThrownBy(() -> AcademicYear.checked(2027, june)).isInstanceOf(DomainException.class)
			.hasMessageContaining("load.error.year");
		assertThatThrownBy(() -> AcademicYear.checked(1999, june)).isInstanceOf(DomainException.class);
	}

	@Test
	void refusesHoursBelowZeroAboveAHundredOrInThousandthsAndChangesNothing() {
		LoadNorms norms = new LoadNorms(1, new AcademicYear(2025), hours("4", "2", "10", "6.5"));
		for (LoadNorms.Hours wrong : List.of(hours("-1", "2", "10", "6.5"), hours("4", "100.01", "10", "6.5"),
				hours("4", "2", "10.005", "6.5"), hours("4", "2", "10", "-0.01"))) {
			assertThatThrownBy(() -> norms.change(wrong)).as(wrong.toString()).isInstanceOf(DomainException.class)
				.hasMessageContaining("load.error.hours");
		}
		assertThat(norms.getHours()).isEqualTo(hours("4", "2", "10", "6.5"));
		norms.change(hours("0", "100", "1.50", "0.25"));
		assertThat(norms.getHours().of(ActivityKind.DOCUMENT)).isEqualByComparingTo("1.5");
		assertThatThrownBy(() -> new LoadNorms(1, new AcademicYear(2025), hours("101", "2", "10", "6.5")))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void totalsAddTheHoursOfEachKindAndCountActivitiesWithoutANormForNone() {
		LoadStatement statement = new LoadStatement(7, "Ү", new AcademicYear(2025), LocalDate.of(2026, 6, 1), List.of(
				line(ActivityKind.REVIEW, "2.5"), line(ActivityKind.REVIEW, "2.5"), line(ActivityKind.REVIEW, null),
				line(ActivityKind.MEETING, "1.25"), line(ActivityKind.WORKING_GROUP_TASK, "8")), false);
		assertThat(statement.totals()).extracting(t -> t.kind() + ":" + t.count() + ":" + t.hours().toPlainString())
			.containsExactly("REVIEW:3:5.0", "MEETING:1:1.25", "DOCUMENT:0:0", "WORKING_GROUP_TASK:1:8");
		assertThat(statement.totalHours()).isEqualByComparingTo("14.25");
		assertThat(statement.withoutNorm()).isTrue();
	}

	static LoadStatement.Line line(ActivityKind kind, String hours) {
		return new LoadStatement.Line(LocalDate.of(2025, 10, 1), kind, LocalizedText.of("иш", null, null), null, 1,
				LocalizedText.of("ОМБ", null, null), hours == null ? null : new BigDecimal(hours));
	}

	static LoadNorms.Hours hours(String review, String meeting, String document, String task) {
		return new LoadNorms.Hours(new BigDecimal(review), new BigDecimal(meeting), new BigDecimal(document),
				new BigDecimal(task));
	}

}
