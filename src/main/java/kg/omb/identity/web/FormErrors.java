package kg.omb.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import kg.omb.identity.domain.PasswordPolicy;
import kg.omb.identity.domain.RejectedInput;

/** Shows the reasons a service refused some input next to the form field they concern. */
final class FormErrors {

	private FormErrors() {
	}

	static void show(RejectedInput rejected, BindingResult binding) {
		for (RejectedInput.Reason reason : rejected.reasons()) {
			binding.rejectValue(rejected.field(), reason.messageKey(), reason.arguments(), reason.messageKey());
		}
	}

	/**
	 * Whether the request could not even be turned into the form's record (a value of the wrong type, which the
	 * page's own controls never send): the form is then shown again, empty.
	 */
	static boolean unreadable(BindingResult binding) {
		return binding.getTarget() == null;
	}

	/** Shows the password policy's reasons along with the form's other errors, so that all are fixed at once. */
	static void checkPassword(PasswordPolicy policy, @Nullable String password, @Nullable String email, String field,
			BindingResult binding) {
		if (password == null || password.isEmpty() || binding.hasFieldErrors(field)) {
			return;
		}
		show(new RejectedInput(field, policy.check(password, email == null ? "" : email)), binding);
	}

	static void requireSame(@Nullable String password, @Nullable String repeat, String repeatField, BindingResult binding) {
		if (!binding.hasFieldErrors(repeatField) && password != null && !password.equals(repeat)) {
			binding.rejectValue(repeatField, "password.error.repeat-differs");
		}
	}

}
