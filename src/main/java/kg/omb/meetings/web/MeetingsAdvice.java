package kg.omb.meetings.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A refused action in the meetings workspace answers 403 with the translated reason. */
@ControllerAdvice(annotations = MeetingsConsole.class)
class MeetingsAdvice {

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(AccessDeniedException refused, Model model) {
		model.addAttribute("status", HttpStatus.FORBIDDEN.value());
		model.addAttribute("messageKey", "meetings.error.not-allowed");
		model.addAttribute("messageArguments", new Object[0]);
		return "error/403";
	}

}
