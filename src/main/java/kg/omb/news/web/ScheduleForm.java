package kg.omb.news.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** When to publish, in Bishkek time, and the item's lock. */
record ScheduleForm(@NotNull(message = "{news.manage.form.stale-page}") @Nullable Long version,
		@NotNull(message = "{news.manage.schedule.required}") @Nullable LocalDateTime publishAt) {
}
