package kg.omb.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.identity.domain.StakeholderKind;

/** The registration form of a participant. */
record RegistrationForm(
		@NotBlank(message = "{register.error.name-required}")
		@Size(max = 200, message = "{register.error.name-too-long}") @Nullable String displayName,
		@NotBlank(message = "{form.error.email-required}") @Email(message = "{form.error.email-invalid}")
		@Size(max = 320, message = "{form.error.email-invalid}") @Nullable String email,
		@NotBlank(message = "{password.error.required}") @Nullable String password,
		@Nullable String passwordRepeat,
		@NotNull(message = "{register.error.kind-required}") @Nullable StakeholderKind stakeholderKind,
		@NotNull(message = "{register.error.consent-required}")
		@AssertTrue(message = "{register.error.consent-required}") @Nullable Boolean consent) {

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "", null, false);
	}

	@Override
	public String toString() {
		return "RegistrationForm[" + email + "]";
	}

}
