package kg.omb.association.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The chair rejects a membership proposal; the reason is required and shown to whoever proposed it. */
record RejectionForm(@Nullable Long proposalId,
		@NotNull(message = "{association.manage.form.version.required}") @Nullable Long version,
		@NotBlank(message = "{association.manage.form.reason.required}") @Size(max = 2000,
				message = "{association.manage.form.too-long}") @Nullable String reason) {

	static RejectionForm empty() {
		return new RejectionForm(null, null, null);
	}

	public boolean concerns(long id) {
		return proposalId != null && proposalId == id;
	}

}
