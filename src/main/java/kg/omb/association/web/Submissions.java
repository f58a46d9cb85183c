package kg.omb.association.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

import kg.omb.shared.DomainException;

/**
 * Runs what a form asks for and tells the page what became of it: done, or refused with the reason beside the
 * form (422 for a rule, 409 for a stale edit: someone changed the record since the page was shown). A refused
 * action changes nothing: the service's transaction rolls back.
 */
final class Submissions {

	private Submissions() {
	}

	/** Whether the action ran; when it did not, the reason is on the binding and the status is set. */
	static boolean run(BindingResult binding, HttpServletResponse response, Runnable action) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return false;
		}
		try {
			action.run();
			return true;
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			binding.reject("error.stale-edit");
		}
		catch (FieldRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			binding.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		catch (DomainException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		return false;
	}

	/** A refusal that concerns one field of the form, such as an e-mail address no account has. */
	static final class FieldRefusal extends DomainException {

		private final String field;

		FieldRefusal(String field, String messageKey) {
			super(messageKey);
			this.field = field;
		}

		String field() {
			return field;
		}

	}

}
