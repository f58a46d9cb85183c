package kg.omb.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.identity.domain.AccountSettings;
import kg.omb.identity.domain.PasswordPolicy;
import kg.omb.identity.domain.RejectedInput;
import kg.omb.identity.domain.SignedInAccount;
import kg.omb.shared.web.Languages;

/**
 * The signed-in person's own account: who they are, the language of the pages, and their password.
 * <p>
 * Changing the password keeps this session signed in and signs the account out everywhere else.
 */
@Controller
class AccountController {

	static final String PASSWORD_FORM = "identity/account-password";

	private final AccountSettings settings;

	private final LocaleResolver localeResolver;

	private final AccountSessions sessions;

	private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

	private final PasswordPolicy passwordPolicy;

	AccountController(AccountSettings settings, LocaleResolver localeResolver, AccountSessions sessions,
			PasswordPolicy passwordPolicy) {
		this.settings = settings;
		this.passwordPolicy = passwordPolicy;
		this.localeResolver = localeResolver;
		this.sessions = sessions;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInAccount me, Model model) {
		model.addAttribute("account", settings.details(me.accountId()));
		model.addAttribute("languages", Languages.SUPPORTED.stream().map(Locale::getLanguage).toList());
		return "identity/account";
	}

	@PostMapping("/account/language")
	String chooseLanguage(@AuthenticationPrincipal SignedInAccount me, @RequestParam String language,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Locale chosen = Languages.parse(language).orElse(Languages.DEFAULT);
		settings.chooseLanguage(me.accountId(), chosen);
		localeResolver.setLocale(request, response, chosen);
		redirect.addFlashAttribute("flash", "account.language.saved");
		return "redirect:/account";
	}

	@GetMapping("/account/password")
	String initPasswordForm(@AuthenticationPrincipal SignedInAccount me, Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		model.addAttribute("required", me.passwordChangeRequired());
		return PASSWORD_FORM;
	}

	@PostMapping("/account/password")
	String processPasswordForm(@AuthenticationPrincipal SignedInAccount me,
			@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("required", me.passwordChangeRequired());
		FormErrors.checkPassword(passwordPolicy, form.newPassword(), me.email(), "newPassword", binding);
		FormErrors.requireSame(form.newPassword(), form.newPasswordRepeat(), "newPasswordRepeat", binding);
		if (binding.hasErrors()) {
			return PASSWORD_FORM;
		}
		try {
			settings.changePassword(me.accountId(), form.currentPassword(), form.newPassword());
		}
		catch (RejectedInput rejected) {
			FormErrors.show(rejected, binding);
			return PASSWORD_FORM;
		}
		rememberPasswordChosen(me, request, response);
		sessions.endOthers(me.email(), request);
		redirect.addFlashAttribute("flash", "account.password.changed");
		return "redirect:/account";
	}

	/** The session's principal no longer has to change its password; its authorities stay as they were. */
	private void rememberPasswordChosen(SignedInAccount me, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		var updated = UsernamePasswordAuthenticationToken.authenticated(me.withPasswordChosen(), null,
				current.getAuthorities());
		updated.setDetails(current.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(updated);
		SecurityContextHolder.setContext(context);
		securityContexts.saveContext(context, request, response);
	}

}
