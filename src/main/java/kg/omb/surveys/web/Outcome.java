package kg.omb.surveys.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.shared.DomainException;

/** Runs a change and tells the next page how it went: a success notice, or the translated reason it was refused. */
final class Outcome {

	private Outcome() {
	}

	static String run(RedirectAttributes redirect, String target, String successKey, BindingResult binding,
			Runnable change) {
		if (binding.hasErrors()) {
			var error = binding.getAllErrors().get(0);
			String key = error.getDefaultMessage();
			redirect.addFlashAttribute("error", key != null && key.startsWith("surveys.") ? key
					: "surveys.form.invalid");
			redirect.addFlashAttribute("errorArguments", new Object[0]);
			return "redirect:" + target;
		}
		try {
			change.run();
			redirect.addFlashAttribute("flash", successKey);
		}
		catch (kg.omb.shared.NotFoundException notFound) {
			throw notFound;
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:" + target;
	}

}
