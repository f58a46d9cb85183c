package kg.omb.identity.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.identity.domain.PasswordRecovery;
import kg.omb.identity.domain.RejectedInput;
import kg.omb.shared.DomainException;

/**
 * A forgotten password: ask for a link (the answer is the same whether or not the address is registered), then set
 * a new password with it, which signs the account out of every session.
 */
@Controller
class PasswordResetController {

	static final String RESET_FORM = "identity/password-reset";

	private final PasswordRecovery recovery;

	private final AccountSessions sessions;

	PasswordResetController(PasswordRecovery recovery, AccountSessions sessions) {
		this.recovery = recovery;
		this.sessions = sessions;
	}

	@GetMapping("/password/forgot")
	String initForgotForm(Model model) {
		model.addAttribute("form", EmailForm.empty());
		return "identity/password-forgot";
	}

	@PostMapping("/password/forgot")
	String processForgotForm(@Valid @ModelAttribute("form") EmailForm form, BindingResult binding) {
		if (binding.hasErrors()) {
			return "identity/password-forgot";
		}
		recovery.requestReset(form.email());
		return "redirect:/password/forgot/sent";
	}

	@GetMapping("/password/forgot/sent")
	String linkSent(Model model) {
		model.addAttribute("sentKey", "password.forgot.sent.text");
		return "identity/link-sent";
	}

	@GetMapping("/password/reset")
	String initResetForm(@RequestParam(defaultValue = "") String token, Model model) {
		try {
			recovery.checkToken(token);
		}
		catch (DomainException refused) {
			return linkRefused(refused, model);
		}
		model.addAttribute("form", new NewPasswordForm(token, "", ""));
		return RESET_FORM;
	}

	@PostMapping("/password/reset")
	String processResetForm(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		FormErrors.requireSame(form.password(), form.passwordRepeat(), "passwordRepeat", binding);
		if (binding.hasErrors()) {
			return RESET_FORM;
		}
		try {
			String email = recovery.reset(form.token() == null ? "" : form.token(), form.password());
			// whoever was signed in with the old password is signed out
			sessions.endAll(email);
		}
		catch (RejectedInput rejected) {
			FormErrors.show(rejected, binding);
			return RESET_FORM;
		}
		catch (DomainException refused) {
			return linkRefused(refused, model);
		}
		redirect.addFlashAttribute("flash", "password.reset.done");
		return "redirect:/login";
	}

	private static String linkRefused(DomainException refused, Model model) {
		model.addAttribute("problemKey", refused.messageKey());
		return "identity/password-reset-failed";
	}

}
