package kg.omb.meetings.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An item of a work plan as the secretary types it; the lock is the plan's version the page showed. */
record PlanItemForm(long lock,
		@NotBlank(message = "{meetings.form.required}") @Size(max = 1000, message = "{meetings.form.too-long}") @Nullable String activity,
		@NotBlank(message = "{meetings.form.required}") @Size(max = 300, message = "{meetings.form.too-long}") @Nullable String responsible,
		@NotNull(message = "{meetings.form.required}") @Nullable LocalDate dueOn,
		@NotBlank(message = "{meetings.form.required}") @Size(max = 1000, message = "{meetings.form.too-long}") @Nullable String expectedOutput) {
}
