package kg.omb.identity.domain;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions a person is signed in with, on every node (sessions live in the shared database), so that a
 * deactivated account is signed out at once rather than when its session times out.
 */
@Component
class SignedInSessions {

	@SuppressWarnings("rawtypes")
	private final ObjectProvider<FindByIndexNameSessionRepository> sessions;

	@SuppressWarnings("rawtypes")
	SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository> sessions) {
		this.sessions = sessions;
	}

	/** @param principalName the name sessions are indexed by: the account's e-mail, its sign-in name */
	@SuppressWarnings("unchecked")
	void endAllOf(String principalName) {
		sessions.ifAvailable(repository -> repository.findByPrincipalName(principalName)
			.keySet()
			.forEach(id -> repository.deleteById((String) id)));
	}

}
