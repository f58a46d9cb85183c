package kg.omb.association.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new version of the OMB's bylaws (§21-22): what changed, the full text and the act; the signed copy is optional. */
record BylawsForm(
		@NotBlank(message = "{association.manage.form.summary.required}") @Size(max = 2000,
				message = "{association.manage.form.too-long}") @Nullable String summary,
		@NotBlank(message = "{association.manage.form.content.required}") @Size(max = 200000,
				message = "{association.manage.form.too-long}") @Nullable String content,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long actId) {

	static BylawsForm empty() {
		return new BylawsForm(null, null, null);
	}

}
