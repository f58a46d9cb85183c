package kg.omb.identity.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import kg.omb.identity.domain.SignedInAccount;

/**
 * An account that must change its password (the administrator created with a one-time password) can do nothing
 * else until it has: every other page sends it to {@value #PAGE}. Signing out, the error page and static
 * resources stay reachable.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	private static final List<String> ALLOWED = List.of(PAGE, "/login/two-factor", "/logout", "/error", "/favicon.ico");

	private static final List<String> ALLOWED_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/img/");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
				&& account.passwordChangeRequired() && !allowed(request)) {
			String target = request.getContextPath() + PAGE;
			if ("true".equals(request.getHeader("HX-Request"))) {
				response.setHeader("HX-Redirect", target);
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			}
			else {
				response.sendRedirect(target);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ALLOWED.contains(path) || ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
	}

}
