package kg.omb.identity.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** Changing one's own password: the current one, and the new one typed twice. */
record PasswordChangeForm(@NotBlank(message = "{password.error.current-required}") @Nullable String currentPassword,
		@NotBlank(message = "{password.error.required}") @Nullable String newPassword,
		@Nullable String newPasswordRepeat) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

	@Override
	public String toString() {
		return "PasswordChangeForm";
	}

}
