package kg.omb.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An e-mail address to send a link to: a new confirmation link, or a password reset link. */
record EmailForm(@NotBlank(message = "{form.error.email-required}") @Email(message = "{form.error.email-invalid}")
		@Size(max = 320, message = "{form.error.email-invalid}") @Nullable String email) {

	static EmailForm empty() {
		return new EmailForm("");
	}

}
