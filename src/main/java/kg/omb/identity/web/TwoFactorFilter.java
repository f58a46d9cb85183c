package kg.omb.identity.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import kg.omb.identity.domain.TwoFactorService;
import kg.omb.shared.Actor;

/**
 * After the password, an account with two-factor sign-in on must enter a code before anything else: every request
 * but the second-step page, sign-out, static resources and error pages is sent there (an htmx request gets 401 with
 * {@code HX-Redirect}). The page first asked for is remembered and shown after the code.
 */
@Component
class TwoFactorFilter extends OncePerRequestFilter {

	static final String SECOND_STEP = "/login/two-factor";

	private static final List<String> OPEN = List.of(SECOND_STEP, "/logout", "/error", "/webjars/", "/css/", "/js/",
			"/img/", "/favicon.ico");

	private final TwoFactorService twoFactor;

	TwoFactorFilter(TwoFactorService twoFactor) {
		this.twoFactor = twoFactor;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Long> accountId = Actor.currentAccountId();
		if (accountId.isEmpty() || isOpen(request)) {
			chain.doFilter(request, response);
			return;
		}
		TwoFactorState state = TwoFactorState.of(request, accountId.get());
		if (state == null) {
			state = new TwoFactorState(accountId.get(), twoFactor.isEnabled(accountId.get()), false, 0, null);
			state.store(request);
		}
		if (!state.pending()) {
			chain.doFilter(request, response);
			return;
		}
		String secondStep = request.getContextPath() + SECOND_STEP;
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", secondStep);
			response.sendError(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		if ("GET".equals(request.getMethod()) && state.target() == null) {
			String query = request.getQueryString();
			state.returningTo(request.getRequestURI().substring(request.getContextPath().length())
					+ (query == null ? "" : "?" + query)).store(request);
		}
		response.sendRedirect(secondStep);
	}

	private static boolean isOpen(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN.stream().anyMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open));
	}

}
