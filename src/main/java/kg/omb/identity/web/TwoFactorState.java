package kg.omb.identity.web;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * Where the signed-in account of a session stands with the second step of sign-in, kept in the session: whether it
 * needs one, whether it passed it, how many wrong codes were typed, and the page to return to afterwards. Bound to
 * the account id, so that another sign-in in the same browser starts over.
 */
record TwoFactorState(long accountId, boolean required, boolean passed, int failures, @Nullable String target)
		implements Serializable {

	static final String ATTRIBUTE = TwoFactorState.class.getName();

	static final int MAX_FAILURES = 5;

	static @Nullable TwoFactorState of(HttpServletRequest request, long accountId) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof TwoFactorState state
				&& state.accountId() == accountId) {
			return state;
		}
		return null;
	}

	boolean pending() {
		return required && !passed;
	}

	TwoFactorState passedNow() {
		return new TwoFactorState(accountId, required, true, 0, null);
	}

	TwoFactorState failedOnce() {
		return new TwoFactorState(accountId, required, passed, failures + 1, target);
	}

	TwoFactorState returningTo(String target) {
		return new TwoFactorState(accountId, required, passed, failures, target);
	}

	boolean exhausted() {
		return failures >= MAX_FAILURES;
	}

	void store(HttpServletRequest request) {
		request.getSession().setAttribute(ATTRIBUTE, this);
	}

	/** Two-factor was switched on or off in this session: by proving a code, or by choice. */
	static void set(HttpServletRequest request, long accountId, boolean enabled) {
		new TwoFactorState(accountId, enabled, enabled, 0, null).store(request);
	}

}
