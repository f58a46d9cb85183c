package kg.omb.audit.domain;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import kg.omb.shared.AccountPrincipal;
import kg.omb.shared.Actor;

/**
 * Records every sign-in, successful or not, from the events Spring Security's authentication manager publishes. The
 * actor is the person signing in (on failure: the name that was tried, with no account), never the password.
 */
@Component
class SecurityEventRecorder {

	static final String LOGIN_SUCCEEDED = "security.login.succeeded";

	static final String LOGIN_FAILED = "security.login.failed";

	private static final String ANONYMOUS = "anonymous";

	private final ChainedAuditLog auditLog;

	SecurityEventRecorder(ChainedAuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		// subclasses (interactive sign-in, session fixation protection) follow the same sign-in: record it once
		if (event.getClass() != AuthenticationSuccessEvent.class) {
			return;
		}
		Authentication authentication = event.getAuthentication();
		Long accountId = authentication.getPrincipal() instanceof AccountPrincipal principal ? principal.accountId()
				: null;
		String name = tried(authentication);
		auditLog.recordAs(new Actor(accountId, name, Actor.current().clientAddress()), LOGIN_SUCCEEDED, "account",
				accountId, Map.of("email", name));
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		String name = tried(event.getAuthentication());
		auditLog.recordAs(new Actor(null, name, Actor.current().clientAddress()), LOGIN_FAILED, "account", null,
				Map.of("email", name, "reason", event.getException().getClass().getSimpleName()));
	}

	/** The name as typed, without control characters and cut to the longest e-mail address. */
	private static String tried(Authentication authentication) {
		String name = authentication.getName() == null ? "" : authentication.getName();
		String clean = name.codePoints()
			.filter(c -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		return clean.isEmpty() ? ANONYMOUS : ChainedAuditLog.clamp(clean, ChainedAuditLog.MAX_ACTOR_NAME);
	}

}
