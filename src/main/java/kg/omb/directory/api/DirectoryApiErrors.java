package kg.omb.directory.api;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import kg.omb.shared.NotFoundException;

/** The API's errors as ProblemDetail (RFC 9457), with the reason in the caller's language. */
@RestControllerAdvice(assignableTypes = DirectoryApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectoryApiErrors {

	private final MessageSource messages;

	DirectoryApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException exception, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage(exception.messageKey(), exception.arguments(), exception.messageKey(), locale));
		problem.setProperty("messageKey", exception.messageKey());
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException exception, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("directory.api.bad-parameter", new Object[] { exception.getName() },
						"directory.api.bad-parameter", locale));
		problem.setProperty("parameter", exception.getName());
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
	}

}
