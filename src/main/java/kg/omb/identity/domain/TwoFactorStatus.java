package kg.omb.identity.domain;

/**
 * Where the signed-in person stands with two-factor sign-in: whether they may use it (staff only), whether it is on,
 * whether an enrolment waits for its first code, and how many recovery codes are left.
 */
public record TwoFactorStatus(boolean eligible, boolean enabled, boolean enrolmentPending,
		long remainingRecoveryCodes) {
}
