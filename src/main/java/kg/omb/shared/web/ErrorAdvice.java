package kg.omb.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import kg.omb.shared.NotFoundException;

/**
 * Pages that are not there answer 404 with the translated error page, whichever module raised it.
 */
@ControllerAdvice
class ErrorAdvice {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException exception, Model model, HttpServletResponse response) {
		model.addAttribute("status", HttpStatus.NOT_FOUND.value());
		model.addAttribute("messageKey", exception.messageKey());
		model.addAttribute("messageArguments", exception.arguments());
		return "error/404";
	}

}
