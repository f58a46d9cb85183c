package kg.omb.documents.api;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import kg.omb.shared.NotFoundException;

/**
 * The documents' API answers errors as ProblemDetail ({@code application/problem+json}) in the caller's language,
 * not with the error pages the platform renders for browsers. Ordered first so that it wins for this package.
 */
@RestControllerAdvice(basePackageClasses = DocumentsApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentsApiProblems {

	private final MessageSource messages;

	DocumentsApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException exception, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "documents.api.not-found",
				messages.getMessage(exception.messageKey(), exception.arguments(), locale), exception.messageKey(),
				locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException exception, Locale locale) {
		return badRequest(exception.getName(), locale);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException exception, Locale locale) {
		return badRequest(exception.getParameterName(), locale);
	}

	private ResponseEntity<ProblemDetail> badRequest(String parameter, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "documents.api.bad-request",
				messages.getMessage("documents.api.bad-parameter", new Object[] { parameter }, locale),
				"documents.api.bad-parameter", locale);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, String detail, String messageKey,
			Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage(titleKey, null, locale));
		problem.setProperty("messageKey", messageKey);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
