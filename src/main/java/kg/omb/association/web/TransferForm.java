package kg.omb.association.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The authority transfers the OMB's functions to another organisation (§20), by its act. */
record TransferForm(@NotNull(message = "{association.manage.form.version.required}") @Nullable Long version,
		@NotNull(message = "{association.manage.form.organization.required}") @Nullable Long organizationId,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long actId) {

	static TransferForm empty() {
		return new TransferForm(null, null, null);
	}

}
