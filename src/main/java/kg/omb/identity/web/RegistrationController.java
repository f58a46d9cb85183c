package kg.omb.identity.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.identity.domain.NewParticipant;
import kg.omb.identity.domain.PasswordPolicy;
import kg.omb.identity.domain.Registration;
import kg.omb.identity.domain.RejectedInput;
import kg.omb.identity.domain.StakeholderKind;
import kg.omb.shared.DomainException;

/**
 * Self-registration of participants and the confirmation of their e-mail. Whatever address is given, the answer is
 * the same "check your mailbox" page.
 */
@Controller
class RegistrationController {

	static final String FORM = "identity/register";

	private final Registration registration;

	private final PasswordPolicy passwordPolicy;

	RegistrationController(Registration registration, PasswordPolicy passwordPolicy) {
		this.registration = registration;
		this.passwordPolicy = passwordPolicy;
	}

	@ModelAttribute("stakeholderKinds")
	StakeholderKind[] stakeholderKinds() {
		return StakeholderKind.values();
	}

	@GetMapping("/register")
	String initRegistrationForm(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return FORM;
	}

	@PostMapping("/register")
	String processRegistrationForm(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult binding,
			Locale locale, Model model) {
		if (FormErrors.unreadable(binding)) {
			model.addAttribute("form", RegistrationForm.empty());
			return FORM;
		}
		FormErrors.checkPassword(passwordPolicy, form.password(), form.email(), "password", binding);
		FormErrors.requireSame(form.password(), form.passwordRepeat(), "passwordRepeat", binding);
		if (binding.hasErrors()) {
			return FORM;
		}
		try {
			registration.register(new NewParticipant(form.displayName(), form.email(), form.password(),
					form.stakeholderKind(), locale));
		}
		catch (RejectedInput rejected) {
			FormErrors.show(rejected, binding);
			return FORM;
		}
		return "redirect:/register/sent";
	}

	@GetMapping("/register/sent")
	String linkSent(Model model) {
		model.addAttribute("sentKey", "register.sent.text");
		return "identity/link-sent";
	}

	@GetMapping("/register/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, Model model) {
		try {
			registration.confirm(token);
			return "identity/register-confirmed";
		}
		catch (DomainException refused) {
			model.addAttribute("problemKey", refused.messageKey());
			return "identity/register-confirm-failed";
		}
	}

	@GetMapping("/register/resend")
	String initResendForm(Model model) {
		model.addAttribute("form", EmailForm.empty());
		return "identity/register-resend";
	}

	@PostMapping("/register/resend")
	String processResendForm(@Valid @ModelAttribute("form") EmailForm form, BindingResult binding) {
		if (binding.hasErrors()) {
			return "identity/register-resend";
		}
		registration.resendConfirmation(form.email());
		return "redirect:/register/sent";
	}

}
