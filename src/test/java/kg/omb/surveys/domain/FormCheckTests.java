package kg.omb.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormCheckTests {

	static final FormRow ECONOMICS_BACHELOR = new FormRow("580100", "BACHELOR");

	static final FormRow ECONOMICS_MASTER = new FormRow("580100", "MASTER");

	static final FormDefinition FORM = new FormDefinition(
			List.of(new FormField("total_enrolled", FieldKind.NUMBER, "Бардыгы", null, null, true, 0L, 100_000L, null),
					new FormField("places", FieldKind.NUMBER, "Орундар", null, null, false, 0L, null, null),
					new FormField("head", FieldKind.TEXT, "Жетекчи", null, null, true, null, null, null),
					new FormField("form", FieldKind.CHOICE, "Түрү", null, null, false, null, null, "күндүзгү|сырттан"),
					new FormField("as_of", FieldKind.DATE, "Күнү", null, null, false, null, null, null)),
			List.of(new FormColumn("enrolled", "Кабыл алынды", null, null, null),
					new FormColumn("graduates", "Бүтүрүүчүлөр", null, null, 5000L),
					new FormColumn("employed", "Иштеп жатат", null, null, null)),
			List.of(ECONOMICS_BACHELOR, ECONOMICS_MASTER),
			List.of(new FormRule(RuleKind.COLUMN_AT_MOST, "employed", "graduates"),
					new FormRule(RuleKind.COLUMN_TOTAL_EQUALS_FIELD, "enrolled", "total_enrolled"),
					new FormRule(RuleKind.FIELD_AT_MOST, "total_enrolled", "places")));

	@Test
	void aRequiredFileFieldIsMissingOnSubmitOnlyAndItsValueIsTheIdOfAStoredFile() {
		FormDefinition form = new FormDefinition(List.of(FormField.file("plan", "План", null, null, true,
				java.util.Set.of(FileKind.PDF), null)), List.of(), List.of(), List.of());

		assertThat(FormCheck.check(form, new AnswerInput(Map.of(), Map.of()), false).violations()).isEmpty();
		assertThat(FormCheck.check(form, new AnswerInput(Map.of(), Map.of()), true).violations())
			.extracting(Violation::field, Violation::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("plan", "surveys.check.required"));
		assertThat(FormCheck.check(form, new AnswerInput(Map.of("plan", "plan.pdf"), Map.of()), true).violations())
			.extracting(Violation::messageKey)
			.containsExactly("surveys.check.not-a-file");
		assertThat(FormCheck.check(form, new AnswerInput(Map.of("plan", "42"), Map.of()), true).fields())
			.containsEntry("plan", "42");
	}

	@Test
	void acceptsACompleteConsistentAnswerAndNormalisesItsValues() {
		CheckedAnswer checked = FormCheck.check(FORM, complete(), true);

		assertThat(checked.violations()).isEmpty();
		assertThat(checked.fields()).containsEntry("total_enrolled", "1200").containsEntry("as_of", "2025-10-01");
		assertThat(checked.cells()).containsEntry(new CellRef(ECONOMICS_BACHELOR, "enrolled"), 1000L)
			.hasSize(6);
	}

	@Test
	void refusesASubmissionWithoutARequiredFieldOrWithABlankCell() {
		AnswerInput input = complete(fields -> fields.remove("head"), cells -> cells.remove(
				new CellRef(ECONOMICS_MASTER, "graduates")));

		CheckedAnswer checked = FormCheck.check(FORM, input, true);

		assertThat(checked.violations()).extracting(Violation::messageKey)
			.containsExactlyInAnyOrder("surveys.check.required", "surveys.check.cell-blank");
		assertThat(checked.fields()).isEmpty();
		assertThat(checked.cells()).isEmpty();
	}

	@Test
	void keepsAnIncompleteDraftButNotAnUnreadableValue() {
		AnswerInput incomplete = new AnswerInput(Map.of("head", "Асанов"), Map.of());
		assertThat(FormCheck.check(FORM, incomplete, false).valid()).isTrue();

		AnswerInput unreadable = new AnswerInput(Map.of("total_enrolled", "көп"),
				Map.of(new CellRef(ECONOMICS_BACHELOR, "enrolled"), "12,5"));
		assertThat(FormCheck.check(FORM, unreadable, false).violations()).extracting(Violation::messageKey)
			.containsExactly("surveys.check.not-a-number", "surveys.check.not-a-number");
	}

	@Test
	void reportsEveryValueOutOfItsRangeAndEveryWrongType() {
		AnswerInput input = complete(fields -> {
			fields.put("total_enrolled", "200000");
			fields.put("form", "кечки");
			fields.put("as_of", "01.10.2025");
		}, cells -> {
			cells.put(new CellRef(ECONOMICS_BACHELOR, "graduates"), "6000");
			cells.put(new CellRef(ECONOMICS_MASTER, "enrolled"), "-1");
		});

		CheckedAnswer checked = FormCheck.check(FORM, input, true);

		assertThat(checked.violations()).extracting(Violation::messageKey)
			.containsExactlyInAnyOrder("surveys.check.out-of-range", "surveys.check.not-a-choice",
					"surveys.check.not-a-date", "surveys.check.out-of-range", "surveys.check.out-of-range");
	}

	@Test
	void refusesMoreEmployedThanGraduatesOnARow() {
		AnswerInput input = complete(fields -> {
		}, cells -> cells.put(new CellRef(ECONOMICS_MASTER, "employed"), "31"));

		CheckedAnswer checked = FormCheck.check(FORM, input, true);

		assertThat(checked.violations()).singleElement().satisfies(violation -> {
			assertThat(violation.messageKey()).isEqualTo("surveys.check.column-at-most");
			assertThat(violation.cell()).isEqualTo(new CellRef(ECONOMICS_MASTER, "employed"));
		});
	}

	@Test
	void refusesATableWhoseTotalDiffersFromTheFieldItMustAddUpTo() {
		AnswerInput input = complete(fields -> fields.put("total_enrolled", "1199"), cells -> {
		});

		CheckedAnswer checked = FormCheck.check(FORM, input, true);

		assertThat(checked.violations()).singleElement().satisfies(violation -> {
			assertThat(violation.messageKey()).isEqualTo("surveys.check.total-differs");
			assertThat(violation.field()).isEqualTo("total_enrolled");
			assertThat(violation.arguments()).containsExactly(1200L, 1199L, "enrolled");
		});
	}

	@Test
	void refusesAFieldGreaterThanTheOneItMustNotExceed() {
		AnswerInput input = complete(fields -> fields.put("places", "1000"), cells -> {
		});

		assertThat(FormCheck.check(FORM, input, true).violations()).extracting(Violation::messageKey)
			.containsExactly("surveys.check.field-at-most");
	}

	@Test
	void readsNumbersWithSpacesBetweenThousandsAndASpreadsheetsDecimalZero() {
		assertThat(FormCheck.wholeNumber("1 200")).isEqualTo(1200L);
		assertThat(FormCheck.wholeNumber("12.0")).isEqualTo(12L);
		assertThat(FormCheck.wholeNumber("12.5")).isNull();
	}

	static AnswerInput complete() {
		return complete(fields -> {
		}, cells -> {
		});
	}

	static AnswerInput complete(java.util.function.Consumer<Map<String, String>> fieldChanges,
			java.util.function.Consumer<Map<CellRef, String>> cellChanges) {
		Map<String, String> fields = new HashMap<>(Map.of("total_enrolled", "1 200", "places", "1500", "head",
				"Асанов Б.", "form", "күндүзгү", "as_of", "2025-10-01"));
		Map<CellRef, String> cells = new HashMap<>();
		cells.put(new CellRef(ECONOMICS_BACHELOR, "enrolled"), "1000");
		cells.put(new CellRef(ECONOMICS_BACHELOR, "graduates"), "800");
		cells.put(new CellRef(ECONOMICS_BACHELOR, "employed"), "600");
		cells.put(new CellRef(ECONOMICS_MASTER, "enrolled"), "200");
		cells.put(new CellRef(ECONOMICS_MASTER, "graduates"), "30");
		cells.put(new CellRef(ECONOMICS_MASTER, "employed"), "30");
		fieldChanges.accept(fields);
		cellChanges.accept(cells);
		return new AnswerInput(fields, cells);
	}

}
