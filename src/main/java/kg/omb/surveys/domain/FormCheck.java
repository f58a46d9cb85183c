package kg.omb.surveys.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Checks an answer against its template. Every value is checked for its kind and range (a draft too, so that no
 * unreadable value is kept); a submission is also checked for required fields, blank cells (a figure of zero is
 * written as 0) and the template's rules. Every violation is reported, not only the first.
 */
public final class FormCheck {

	private FormCheck() {
	}

	public static CheckedAnswer check(FormDefinition form, AnswerInput input, boolean submission) {
		List<Violation> violations = new ArrayList<>();
		Map<String, String> fields = new LinkedHashMap<>();
		Map<CellRef, Long> cells = new LinkedHashMap<>();
		for (FormField field : form.fields()) {
			String text = input.fields().getOrDefault(field.code(), "").strip();
			if (text.isEmpty()) {
				if (submission && field.required()) {
					violations.add(Violation.ofField(field.code(), "surveys.check.required"));
				}
				continue;
			}
			checkField(field, text, violations).ifPresent(value -> fields.put(field.code(), value));
		}
		for (FormRow row : form.rows()) {
			for (FormColumn column : form.columns()) {
				CellRef cell = new CellRef(row, column.code());
				String text = input.cells().getOrDefault(cell, "").strip();
				if (text.isEmpty()) {
					if (submission) {
						violations.add(Violation.ofCell(cell, "surveys.check.cell-blank"));
					}
					continue;
				}
				Long value = wholeNumber(text);
				if (value == null) {
					violations.add(Violation.ofCell(cell, "surveys.check.not-a-number", text));
				}
				else if (value < 0 || (column.maximum() != null && value > column.maximum())) {
					violations.add(Violation.ofCell(cell, "surveys.check.out-of-range", value, 0,
							column.maximum() == null ? "∞" : column.maximum()));
				}
				else {
					cells.put(cell, value);
				}
			}
		}
		if (submission && violations.isEmpty()) {
			for (FormRule rule : form.rules()) {
				checkRule(form, rule, fields, cells, violations);
			}
		}
		return violations.isEmpty() ? new CheckedAnswer(fields, cells, List.of())
				: new CheckedAnswer(Map.of(), Map.of(), List.copyOf(violations));
	}

	private static java.util.Optional<String> checkField(FormField field, String text, List<Violation> violations) {
		switch (field.kind()) {
			case NUMBER -> {
				Long value = wholeNumber(text);
				if (value == null) {
					violations.add(Violation.ofField(field.code(), "surveys.check.not-a-number", text));
					return java.util.Optional.empty();
				}
				if ((field.minimum() != null && value < field.minimum())
						|| (field.maximum() != null && value > field.maximum())) {
					violations.add(Violation.ofField(field.code(), "surveys.check.out-of-range", value,
							field.minimum() == null ? "−∞" : field.minimum(),
							field.maximum() == null ? "∞" : field.maximum()));
					return java.util.Optional.empty();
				}
				return java.util.Optional.of(Long.toString(value));
			}
			case DATE -> {
				try {
					return java.util.Optional.of(LocalDate.parse(text).toString());
				}
				catch (DateTimeParseException notADate) {
					violations.add(Violation.ofField(field.code(), "surveys.check.not-a-date", text));
					return java.util.Optional.empty();
				}
			}
			case FILE -> {
				// the value is the id of a stored file, set by the service from an upload, never typed
				if (!text.matches("\\d{1,18}")) {
					violations.add(Violation.ofField(field.code(), "surveys.check.not-a-file"));
					return java.util.Optional.empty();
				}
				return java.util.Optional.of(text);
			}
			case CHOICE -> {
				if (!field.choiceList().contains(text)) {
					violations.add(Violation.ofField(field.code(), "surveys.check.not-a-choice", text));
					return java.util.Optional.empty();
				}
				return java.util.Optional.of(text);
			}
			default -> {
				if (text.length() > 2000) {
					violations.add(Violation.ofField(field.code(), "surveys.check.too-long", 2000));
					return java.util.Optional.empty();
				}
				return java.util.Optional.of(text);
			}
		}
	}

	private static void checkRule(FormDefinition form, FormRule rule, Map<String, String> fields,
			Map<CellRef, Long> cells, List<Violation> violations) {
		switch (rule.kind()) {
			case COLUMN_AT_MOST -> {
				for (FormRow row : form.rows()) {
					long left = cells.getOrDefault(new CellRef(row, rule.left()), 0L);
					long right = cells.getOrDefault(new CellRef(row, rule.right()), 0L);
					if (left > right) {
						violations.add(Violation.ofCell(new CellRef(row, rule.left()), "surveys.check.column-at-most",
								left, right, rule.right()));
					}
				}
			}
			case FIELD_AT_MOST -> {
				Long left = number(fields, rule.left());
				Long right = number(fields, rule.right());
				if (left != null && right != null && left > right) {
					violations.add(Violation.ofField(rule.left(), "surveys.check.field-at-most", left, right,
							rule.right()));
				}
			}
			case COLUMN_TOTAL_EQUALS_FIELD -> {
				long total = form.rows()
					.stream()
					.mapToLong(row -> cells.getOrDefault(new CellRef(row, rule.left()), 0L))
					.sum();
				Long expected = number(fields, rule.right());
				if (expected != null && total != expected) {
					violations.add(Violation.ofField(rule.right(), "surveys.check.total-differs", total, expected,
							rule.left()));
				}
			}
		}
	}

	private static @Nullable Long number(Map<String, String> fields, String code) {
		String value = fields.get(code);
		return value == null ? null : Long.valueOf(value);
	}

	/** A whole number as typed, with spaces between thousands allowed; a spreadsheet's "12.0" counts as 12. */
	static @Nullable Long wholeNumber(String text) {
		String digits = text.replace(" ", "").replace("\u00a0", "");
		if (digits.endsWith(".0")) {
			digits = digits.substring(0, digits.length() - 2);
		}
		if (!digits.matches("-?\\d{1,15}")) {
			return null;
		}
		return Long.valueOf(digits);
	}

}
