package kg.omb.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.identity.domain.SecondFactor;
import kg.omb.identity.domain.TwoFactorService;
import kg.omb.shared.Actor;

/**
 * The second step of sign-in: a code from the authenticator app or a recovery code. Passing it rotates the session
 * id; five wrong codes sign the person out.
 */
@Controller
class TwoFactorSignInController {

	private static final String PAGE = "identity/two-factor/sign-in";

	private final TwoFactorService twoFactor;

	TwoFactorSignInController(TwoFactorService twoFactor) {
		this.twoFactor = twoFactor;
	}

	@GetMapping(TwoFactorFilter.SECOND_STEP)
	String form(HttpServletRequest request) {
		TwoFactorState state = TwoFactorState.of(request, currentAccountId());
		return state != null && state.pending() ? PAGE : "redirect:/";
	}

	@PostMapping(TwoFactorFilter.SECOND_STEP)
	String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		TwoFactorState state = TwoFactorState.of(request, currentAccountId());
		if (state == null || !state.pending()) {
			return "redirect:/";
		}
		SecondFactor result = twoFactor.verifySecondStep(code);
		if (result.accepted()) {
			state.passedNow().store(request);
			request.changeSessionId();
			if (result == SecondFactor.RECOVERY_CODE) {
				redirect.addFlashAttribute("flash", "two-factor.signed-in-with-recovery-code");
			}
			return "redirect:" + safeTarget(state.target());
		}
		TwoFactorState failed = state.failedOnce();
		if (failed.exhausted()) {
			new SecurityContextLogoutHandler().logout(request, response,
					SecurityContextHolder.getContext().getAuthentication());
			return "identity/two-factor/signed-out";
		}
		failed.store(request);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("error", "two-factor.error.wrong-code");
		model.addAttribute("attemptsLeft", TwoFactorState.MAX_FAILURES - failed.failures());
		return PAGE;
	}

	/** Only a path of this application, never another site. */
	private static String safeTarget(String target) {
		return target != null && target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\")
				? target : "/";
	}

	private static long currentAccountId() {
		return Actor.currentAccountId().orElseThrow();
	}

}
