package kg.omb.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import kg.omb.identity.domain.SignInRefusal;
import kg.omb.identity.domain.SignInThrottling;
import kg.omb.shared.Bishkek;

/**
 * Back to the sign-in page with the reason: a wrong e-mail or password, an account not active yet (only after the
 * right password), and, when attempts are slowed down or locked, when to try again (Bishkek time, or seconds).
 * The e-mail typed is kept in the form.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String MESSAGES = "signInMessages";

	static final String EMAIL = "signInEmail";

	static final ZoneId BISHKEK = Bishkek.ZONE;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final Set<String> NOT_ACTIVE = Set.of(ThrottledAuthenticationProvider.PENDING_VERIFICATION,
			ThrottledAuthenticationProvider.DEACTIVATED);

	private final SignInThrottling throttling;

	private final Clock clock;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	SignInFailureHandler(SignInThrottling throttling, Clock clock) {
		this.throttling = throttling;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String email = Optional.ofNullable(request.getParameter("email")).orElse("").strip();
		List<SignInMessage> messages = new ArrayList<>();
		if (exception instanceof DisabledException && NOT_ACTIVE.contains(exception.getMessage())) {
			messages.add(SignInMessage.of(exception.getMessage()));
		}
		else if (!(exception instanceof LockedException)) {
			messages.add(SignInMessage.of("login.failed"));
		}
		throttling.refusal(email, request.getRemoteAddr()).map(this::explain).ifPresent(messages::add);
		if (messages.isEmpty()) {
			messages.add(SignInMessage.of("login.failed"));
		}
		FlashMap flash = new FlashMap();
		flash.put(MESSAGES, messages);
		flash.put(EMAIL, email.length() > 320 ? "" : email);
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	private SignInMessage explain(SignInRefusal refusal) {
		Instant now = Instant.now(clock);
		if (refusal.locked()) {
			return SignInMessage.of("login.locked", TIME.format(refusal.retryAt().atZone(BISHKEK)));
		}
		long millis = Duration.between(now, refusal.retryAt()).toMillis();
		long seconds = Math.max(1, (millis + 999) / 1000);
		return SignInMessage.of("login.slowed", Long.toString(seconds));
	}

}
