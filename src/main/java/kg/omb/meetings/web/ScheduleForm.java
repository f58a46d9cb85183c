package kg.omb.meetings.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The form that schedules a meeting; the time is Bishkek time, as the person reads their clock. */
record ScheduleForm(@NotNull(message = "{meetings.form.required}") @Nullable Long associationId,
		@Nullable Long sectionId,
		@NotBlank(message = "{meetings.form.required}") @Size(max = 500, message = "{meetings.form.too-long}") @Nullable String title,
		@NotNull(message = "{meetings.form.required}") @Nullable LocalDateTime startsAt,
		@Size(max = 500, message = "{meetings.form.too-long}") @Nullable String place,
		@Size(max = 1000, message = "{meetings.form.too-long}") @Nullable String link) {

	static ScheduleForm empty() {
		return new ScheduleForm(null, null, null, null, null, null);
	}

}
