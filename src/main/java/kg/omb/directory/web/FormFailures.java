package kg.omb.directory.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

/**
 * Shows why a service refused a form: beside the field a rule concerns when there is one, above the form otherwise;
 * answered with 422 (or 409 for a stale edit) so that the page says it changed nothing.
 */
final class FormFailures {

	static final String STALE_EDIT = "error.stale-edit";

	static final String UNREADABLE = "directory.form.unreadable";

	private FormFailures() {
	}

	static void refused(DomainException refused, BindingResult binding, Map<String, String> fieldsByKey,
			HttpServletResponse response) {
		String field = fieldsByKey.get(refused.messageKey());
		if (field != null) {
			binding.rejectValue(field, refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		else {
			binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
	}

	static void stale(BindingResult binding, HttpServletResponse response) {
		binding.reject(STALE_EDIT, STALE_EDIT);
		response.setStatus(HttpStatus.CONFLICT.value());
	}

	static void invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
	}

	static LocalizedText text(String ky, String ru, String en) {
		return new LocalizedText(ky, ru, en);
	}

}
