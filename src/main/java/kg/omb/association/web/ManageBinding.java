package kg.omb.association.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A value of the wrong type (letters for a number, a date that is not one) is shown beside its field with the
 * console's own translated message, not Spring's technical one.
 */
@ControllerAdvice(annotations = ManageConsole.class)
class ManageBinding {

	static final String INVALID = "association.manage.form.invalid-value";

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
