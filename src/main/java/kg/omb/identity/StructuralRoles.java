package kg.omb.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Roles that follow the structure of the platform: confirming a chair makes the person {@code OMB_CHAIR} of that
 * OMB, ending the term takes it back; the same for section heads, secretaries and members. The calling module has
 * already checked that the person acting may make the structural change; these grants are its consequence, written
 * in the caller's transaction, audited and announced like any other ({@link RoleGranted}, {@link RoleRevoked}).
 * <p>
 * A grant follows the term it comes from: it starts on the day the act takes effect and ends with the term, so
 * that the role is held neither before nor after it, whatever day the change was recorded.
 */
public interface StructuralRoles {

	/** Grants the role in the scope from now on, citing the act, unless the account already holds it now. */
	void assign(long accountId, ScopedRole role, @Nullable Long legalActId);

	/**
	 * Grants the role in the scope for the term {@code [from, to)} (open-ended when {@code to} is null), citing the
	 * act, unless a grant of the account already covers what is still to come of the term. A term already over
	 * grants nothing.
	 */
	void assign(long accountId, ScopedRole role, @Nullable Long legalActId, Instant from, @Nullable Instant to);

	/** Ends every grant of exactly this role and scope that the account holds now or later; nothing when none. */
	void withdraw(long accountId, ScopedRole role);

	/**
	 * Ends the account's grants of exactly this role and scope at the moment given: at once when it has come, else
	 * then (a grant that would only start by then is revoked); nothing when there is none.
	 */
	void withdraw(long accountId, ScopedRole role, Instant at);

}
