package kg.omb.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

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

	static void requireSame(@Nullable String password, @Nullable String repeat, String repeatField, BindingResult binding) {
		if (!binding.hasFieldErrors(repeatField) && password != null && !password.equals(repeat)) {
			binding.rejectValue(repeatField, "password.error.repeat-differs");
		}
	}

}
