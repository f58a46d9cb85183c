package kg.omb.reports.load.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import kg.omb.reports.load.LoadNorms;
import kg.omb.reports.load.NormService;

/**
 * A body's hours per kind of work from an academic year on; {@code version} is the set's lock (none: a new set).
 */
record NormsForm(@NotNull(message = "{load.norms.form.authority.required}") @Nullable Long authorityId,
		@NotNull(message = "{load.norms.form.year.required}") @Nullable Integer academicYear, @Nullable Long version,
		@NotNull(message = "{load.norms.form.hours.required}") @DecimalMin(value = "0",
				message = "{load.norms.form.hours.range}") @DecimalMax(value = "100",
						message = "{load.norms.form.hours.range}") @Digits(integer = 3, fraction = 2,
								message = "{load.norms.form.hours.digits}") @Nullable BigDecimal reviewHours,
		@NotNull(message = "{load.norms.form.hours.required}") @DecimalMin(value = "0",
				message = "{load.norms.form.hours.range}") @DecimalMax(value = "100",
						message = "{load.norms.form.hours.range}") @Digits(integer = 3, fraction = 2,
								message = "{load.norms.form.hours.digits}") @Nullable BigDecimal meetingHours,
		@NotNull(message = "{load.norms.form.hours.required}") @DecimalMin(value = "0",
				message = "{load.norms.form.hours.range}") @DecimalMax(value = "100",
						message = "{load.norms.form.hours.range}") @Digits(integer = 3, fraction = 2,
								message = "{load.norms.form.hours.digits}") @Nullable BigDecimal documentHours,
		@NotNull(message = "{load.norms.form.hours.required}") @DecimalMin(value = "0",
				message = "{load.norms.form.hours.range}") @DecimalMax(value = "100",
						message = "{load.norms.form.hours.range}") @Digits(integer = 3, fraction = 2,
								message = "{load.norms.form.hours.digits}") @Nullable BigDecimal taskHours) {

	static NormsForm empty(@Nullable Long authorityId, int academicYear) {
		return new NormsForm(authorityId, academicYear, null, null, null, null, null);
	}

	static NormsForm of(NormService.NormSet set) {
		LoadNorms.Hours hours = set.hours();
		return new NormsForm(set.authorityId(), set.academicYear().startYear(), set.version(), hours.review(),
				hours.meeting(), hours.document(), hours.task());
	}

	LoadNorms.Hours hours() {
		return new LoadNorms.Hours(value(reviewHours), value(meetingHours), value(documentHours), value(taskHours));
	}

	private static BigDecimal value(@Nullable BigDecimal hours) {
		if (hours == null) {
			throw new IllegalStateException("validated before");
		}
		return hours;
	}

}
