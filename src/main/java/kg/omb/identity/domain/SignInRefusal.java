package kg.omb.identity.domain;

import java.time.Instant;

/**
 * Sign-in is refused, without looking at the password, until {@code retryAt}: either slowed down after repeated
 * failures, or locked after too many.
 */
public record SignInRefusal(Instant retryAt, boolean locked) {

	SignInRefusal laterOf(SignInRefusal other) {
		Instant later = retryAt.isAfter(other.retryAt) ? retryAt : other.retryAt;
		return new SignInRefusal(later, locked || other.locked);
	}

}
