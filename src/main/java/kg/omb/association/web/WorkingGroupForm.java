package kg.omb.association.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A creative (working) group the chair forms for a task with a deadline (§15). */
record WorkingGroupForm(
		@NotBlank(message = "{association.manage.form.name-ky.required}") @Size(max = 500,
				message = "{association.manage.form.too-long}") @Nullable String nameKy,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String nameRu,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String nameEn,
		@NotBlank(message = "{association.manage.form.task.required}") @Size(max = 4000,
				message = "{association.manage.form.too-long}") @Nullable String task,
		@NotNull(message = "{association.manage.form.deadline.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline) {

	static WorkingGroupForm empty() {
		return new WorkingGroupForm(null, null, null, null, null);
	}

}
