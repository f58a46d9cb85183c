package kg.omb.news.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why a published item is withdrawn, and the item's lock. */
record WithdrawForm(@NotNull(message = "{news.manage.form.stale-page}") @Nullable Long version,
		@NotBlank(message = "{news.error.reason-required}") @Size(max = 1000,
				message = "{news.manage.form.too-long}") @Nullable String reason) {
}
