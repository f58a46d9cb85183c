package kg.omb.shared;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting now and from where: the signed-in account (if any), a name for the record and the client address.
 * Outside a request (scheduled jobs, start-up) the actor is the system.
 */
public record Actor(@Nullable Long accountId, String name, @Nullable String clientAddress) {

	public static final String SYSTEM = "system";

	public static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String address = currentRequest().map(Actor::clientAddress).orElse(null);
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return new Actor(null, address == null ? SYSTEM : "anonymous", address);
		}
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return new Actor(principal.accountId(), authentication.getName(), address);
		}
		return new Actor(null, authentication.getName(), address);
	}

	public static Actor system() {
		return new Actor(null, SYSTEM, null);
	}

	public static Optional<Long> currentAccountId() {
		return Optional.ofNullable(current().accountId());
	}

	private static Optional<HttpServletRequest> currentRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes instanceof ServletRequestAttributes servlet ? Optional.of(servlet.getRequest())
				: Optional.empty();
	}

	/** The address as the server sees it; behind a proxy, Boot's forwarded-header support makes it the client's. */
	private static String clientAddress(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
