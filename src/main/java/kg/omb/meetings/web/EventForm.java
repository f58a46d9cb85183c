package kg.omb.meetings.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The form that announces a seminar or event; the time is Bishkek time. */
record EventForm(@NotNull(message = "{meetings.form.required}") @Nullable Long associationId,
		@NotBlank(message = "{meetings.form.required}") @Size(max = 500, message = "{meetings.form.too-long}") @Nullable String title,
		@Size(max = 4000, message = "{meetings.form.too-long}") @Nullable String description,
		@NotNull(message = "{meetings.form.required}") @Nullable LocalDateTime startsAt,
		@Size(max = 500, message = "{meetings.form.too-long}") @Nullable String place,
		@Size(max = 1000, message = "{meetings.form.too-long}") @Nullable String link,
		@NotNull(message = "{meetings.form.required}") @Min(value = 1, message = "{meetings.form.invalid}") @Max(value = 100000, message = "{meetings.form.invalid}") @Nullable Integer capacity) {

	static EventForm empty() {
		return new EventForm(null, null, null, null, null, null, null);
	}

}
