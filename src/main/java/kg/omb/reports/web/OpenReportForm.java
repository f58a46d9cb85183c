package kg.omb.reports.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Which OMB's report of which year to open. */
record OpenReportForm(@NotNull(message = "{reports.manage.form.association.required}") @Nullable Long associationId,
		@NotNull(message = "{reports.manage.form.year.required}") @Min(value = 2000,
				message = "{reports.manage.form.year.range}") @Max(value = 2100,
						message = "{reports.manage.form.year.range}") @Nullable Integer year) {
}
