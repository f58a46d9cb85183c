package kg.omb.shared.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import kg.omb.shared.NotFoundException;

/**
 * Every module's REST API ({@code @RestController}) answers errors as ProblemDetail (RFC 9457,
 * {@code application/problem+json}) in the caller's language, not with the error pages rendered for browsers: an
 * unknown thing is 404 with the module's own reason, a refusal is 403 with the service's reason (when it names a
 * message) or a general one, a missing or malformed parameter is 400 naming it. The
 * problem carries the message key, for clients that translate themselves. Ordered first, so that it wins over the
 * browsers' advice.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException exception, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "api.not-found",
				messages.getMessage(exception.messageKey(), exception.arguments(), exception.messageKey(), locale),
				exception.messageKey(), null, locale);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> refused(AccessDeniedException exception, Locale locale) {
		String key = exception.getMessage();
		String detail = key == null ? null : messages.getMessage(key, null, null, locale);
		return detail == null
				? problem(HttpStatus.FORBIDDEN, "api.forbidden", messages.getMessage("api.not-allowed", null, locale),
						"api.not-allowed", null, locale)
				: problem(HttpStatus.FORBIDDEN, "api.forbidden", detail, key, null, locale);
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
		return problem(HttpStatus.BAD_REQUEST, "api.bad-request",
				messages.getMessage("api.bad-parameter", new Object[] { parameter }, locale), "api.bad-parameter",
				parameter, locale);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, String detail, String messageKey,
			@Nullable String parameter, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage(titleKey, null, locale));
		problem.setProperty("messageKey", messageKey);
		if (parameter != null) {
			problem.setProperty("parameter", parameter);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
