package kg.omb.reports.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A refused action in the reports workspace answers 403 with the translated reason. */
@ControllerAdvice(annotations = ReportsConsole.class)
class ReportsManageAdvice {

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(AccessDeniedException refused, Model model) {
		model.addAttribute("status", HttpStatus.FORBIDDEN.value());
		model.addAttribute("messageKey", "reports.error.not-allowed");
		model.addAttribute("messageArguments", new Object[0]);
		return "error/403";
	}

}
