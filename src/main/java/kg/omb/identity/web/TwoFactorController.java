package kg.omb.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.identity.domain.TwoFactorService;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;

/**
 * A staff member's own two-factor settings: enrol by scanning a QR code and typing the first code, see the
 * recovery codes once, make new ones, switch two-factor off with a current code.
 */
@Controller
class TwoFactorController {

	private static final String PAGE = "identity/two-factor/manage";

	private static final String CODES = "identity/two-factor/recovery-codes";

	private static final String REDIRECT = "redirect:/account/two-factor";

	private final TwoFactorService twoFactor;

	TwoFactorController(TwoFactorService twoFactor) {
		this.twoFactor = twoFactor;
	}

	@GetMapping("/account/two-factor")
	String manage(Model model) {
		show(model);
		return PAGE;
	}

	@PostMapping("/account/two-factor/enrol")
	String enrol(Model model, HttpServletResponse response) {
		try {
			twoFactor.startEnrolment();
			return REDIRECT;
		}
		catch (DomainException refused) {
			return refuse(refused, model, response);
		}
	}

	@PostMapping("/account/two-factor/confirm")
	String confirm(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			List<String> codes = twoFactor.confirmEnrolment(code);
			TwoFactorState.set(request, currentAccountId(), true);
			model.addAttribute("codes", codes);
			model.addAttribute("justEnabled", true);
			return CODES;
		}
		catch (DomainException refused) {
			return refuse(refused, model, response);
		}
	}

	@PostMapping("/account/two-factor/recovery-codes")
	String regenerate(Model model, HttpServletResponse response) {
		try {
			model.addAttribute("codes", twoFactor.regenerateRecoveryCodes());
			model.addAttribute("justEnabled", false);
			return CODES;
		}
		catch (DomainException refused) {
			return refuse(refused, model, response);
		}
	}

	@PostMapping("/account/two-factor/disable")
	String disable(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			twoFactor.disable(code);
			TwoFactorState.set(request, currentAccountId(), false);
			redirect.addFlashAttribute("flash", "two-factor.disabled");
			return REDIRECT;
		}
		catch (DomainException refused) {
			return refuse(refused, model, response);
		}
	}

	private String refuse(DomainException refused, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("error", refused.messageKey());
		show(model);
		return PAGE;
	}

	private void show(Model model) {
		model.addAttribute("status", twoFactor.status());
		twoFactor.pendingEnrolment().ifPresent(enrolment -> {
			model.addAttribute("enrolment", enrolment);
			model.addAttribute("qrCode", QrCodes.pngDataUri(enrolment.otpauthUri()));
		});
	}

	private static long currentAccountId() {
		return Actor.currentAccountId().orElseThrow();
	}

}
