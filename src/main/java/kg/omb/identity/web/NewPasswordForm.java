package kg.omb.identity.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** A new password set through a reset link, typed twice. */
record NewPasswordForm(@Nullable String token, @NotBlank(message = "{password.error.required}") @Nullable String password,
		@Nullable String passwordRepeat) {

	@Override
	public String toString() {
		return "NewPasswordForm";
	}

}
