package kg.omb.review.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import kg.omb.shared.NotFoundException;

/** A refused review page answers 403 with the service's translated reason; an unknown record answers 404. */
@ControllerAdvice(annotations = ReviewConsole.class)
class ReviewAdvice {

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(AccessDeniedException refused, Model model) {
		String reason = refused.getMessage();
		model.addAttribute("status", HttpStatus.FORBIDDEN.value());
		model.addAttribute("messageKey", reason != null && reason.startsWith("review.") ? reason : "review.error.not-allowed");
		model.addAttribute("messageArguments", new Object[0]);
		return "error/403";
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException missing, Model model) {
		model.addAttribute("status", HttpStatus.NOT_FOUND.value());
		model.addAttribute("messageKey", missing.messageKey());
		model.addAttribute("messageArguments", missing.arguments());
		return "error/404";
	}

}
