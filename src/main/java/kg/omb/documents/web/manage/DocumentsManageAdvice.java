package kg.omb.documents.web.manage;

import org.springframework.beans.PropertyAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A refused action in the documents workspace answers 403 with the translated reason the service gave
 * ({@code documents.error.not-allowed}), and a value of the wrong type is shown beside its field with a translated
 * message, not Spring's technical one.
 */
@ControllerAdvice(annotations = DocumentsConsole.class)
class DocumentsManageAdvice {

	static final String INVALID = "documents.manage.form.invalid-value";

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(AccessDeniedException refused, Model model) {
		String reason = refused.getMessage();
		model.addAttribute("status", HttpStatus.FORBIDDEN.value());
		model.addAttribute("messageKey",
				reason != null && reason.startsWith("documents.") ? reason : "documents.error.not-allowed");
		model.addAttribute("messageArguments", new Object[0]);
		return "error/403";
	}

	@InitBinder
	void translateTypeMismatches(WebDataBinder binder) {
		binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
			@Override
			public void processPropertyAccessException(PropertyAccessException failure, BindingResult result) {
				String field = failure.getPropertyName();
				result.addError(new FieldError(result.getObjectName(), field == null ? "" : field, failure.getValue(),
						true, new String[] { INVALID }, null, INVALID));
			}
		});
	}

}
