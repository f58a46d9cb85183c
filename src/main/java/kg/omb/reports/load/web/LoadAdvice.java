package kg.omb.reports.load.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A refused teaching-load page answers 403 with the translated reason. */
@ControllerAdvice(annotations = LoadConsole.class)
class LoadAdvice {

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(AccessDeniedException refused, Model model) {
		model.addAttribute("status", HttpStatus.FORBIDDEN.value());
		model.addAttribute("messageKey", "load.error.not-allowed");
		model.addAttribute("messageArguments", new Object[0]);
		return "error/403";
	}

}
