package kg.omb.directory.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Dates of forms stay text as typed, so that a wrong one is shown again beside its error; read here as ISO days
 * (what a date input sends).
 */
final class FormDates {

	static final String INVALID = "directory.form.date.invalid";

	static final String REQUIRED = "directory.form.date.required";

	private FormDates() {
	}

	/** The day, or null with an error on the field when it is not one (or missing where required). */
	static @Nullable LocalDate read(@Nullable String value, String field, boolean required, BindingResult binding) {
		if (value == null || value.isBlank()) {
			if (required && !binding.hasFieldErrors(field)) {
				binding.rejectValue(field, REQUIRED);
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException invalid) {
			if (!binding.hasFieldErrors(field)) {
				binding.rejectValue(field, INVALID);
			}
			return null;
		}
	}

}
