package kg.omb.association.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A refused action on the console answers 403 with the translated reason the service gave
 * ({@code association.error.not-allowed}), not the generic text.
 */
@ControllerAdvice(annotations = ManageConsole.class)
class ManageAdvice {

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(AccessDeniedException refused, Model model) {
		String reason = refused.getMessage();
		model.addAttribute("status", HttpStatus.FORBIDDEN.value());
		model.addAttribute("messageKey",
				reason != null && reason.startsWith("association.") ? reason : "association.error.not-allowed");
		model.addAttribute("messageArguments", new Object[0]);
		return "error/403";
	}

}
