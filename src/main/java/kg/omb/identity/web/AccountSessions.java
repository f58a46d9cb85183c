package kg.omb.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of an account in the shared session store, on every node: after a password reset all of them
 * (whoever had got in before may not stay), after a password change all but the one that made it.
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void endAll(String email) {
		sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
	}

	void endOthers(String email, HttpServletRequest request) {
		HttpSession current = request.getSession(false);
		String currentId = current == null ? "" : current.getId();
		sessions.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter(id -> !id.equals(currentId))
			.forEach(sessions::deleteById);
	}

}
