package kg.omb.association.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The authority reorganises the OMB (§3), into a successor OMB if there is one, by its act. */
record ReorganiseForm(@NotNull(message = "{association.manage.form.version.required}") @Nullable Long version,
		@Nullable Long successorId,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long actId) {

	static ReorganiseForm empty() {
		return new ReorganiseForm(null, null, null);
	}

}
