package kg.omb.association.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The authority confirms the chair (§14): the person's account, found by e-mail, their position at the base
 * organisation (the vice-rector for academic affairs) and the act.
 */
record ChairForm(@NotNull(message = "{association.manage.form.version.required}") @Nullable Long version,
		@NotBlank(message = "{association.manage.form.email.required}") @Email(
				message = "{association.manage.form.email.invalid}") @Nullable String email,
		@NotBlank(message = "{association.manage.form.position.required}") @Size(max = 300,
				message = "{association.manage.form.too-long}") @Nullable String position,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long actId) {

	static ChairForm withPosition(String position) {
		return new ChairForm(null, null, position, null);
	}

}
