package kg.omb.documents.web.manage;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

import kg.omb.documents.DocumentStatus;
import kg.omb.shared.DomainException;

/**
 * Runs what a form asks for and tells the page what became of it: done, or refused with the translated reason on
 * the form (422 for a rule of the service, 409 for a stale edit: someone changed the document since the page was
 * shown). A refused action changes nothing: the service's transaction rolls back.
 */
final class Refusals {

	static final String STALE = "documents.manage.stale";

	private Refusals() {
	}

	/** Whether the action ran; when it did not, the reason is on the binding and the status is set. */
	static boolean run(BindingResult binding, HttpServletResponse response, Runnable action) {
		if (binding.hasErrors()) {
			if (binding.hasFieldErrors("lock") || binding.hasFieldErrors("version")) {
				// the page's own hidden field, not something the person typed: say so where they look
				binding.reject("documents.manage.form.stale-page");
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return false;
		}
		try {
			action.run();
			return true;
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			binding.reject(STALE);
		}
		catch (DomainException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			binding.reject(refused.messageKey(), readable(refused.arguments()), refused.messageKey());
		}
		return false;
	}

	/** A status among the arguments is named in the reader's language, not by its constant; a day is written 31.12.2026. */
	static Object[] readable(Object[] arguments) {
		Object[] readable = arguments.clone();
		for (int i = 0; i < readable.length; i++) {
			if (readable[i] instanceof DocumentStatus status) {
				readable[i] = new DefaultMessageSourceResolvable("documents.status." + status.name());
			}
			else if (readable[i] instanceof java.time.LocalDate day) {
				readable[i] = Dates.format(day);
			}
		}
		return readable;
	}

}
