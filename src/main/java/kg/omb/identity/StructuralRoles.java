package kg.omb.identity;

import org.jspecify.annotations.Nullable;

/**
 * Roles that follow the structure of the platform: confirming a chair makes the person {@code OMB_CHAIR} of that
 * OMB, ending the term takes it back; the same for section heads, secretaries and members. The calling module has
 * already checked that the person acting may make the structural change; these grants are its consequence, written
 * in the caller's transaction, audited and announced like any other ({@link RoleGranted}, {@link RoleRevoked}).
 */
public interface StructuralRoles {

	/** Grants the role in the scope from now on, citing the act, unless the account already holds it now. */
	void assign(long accountId, ScopedRole role, @Nullable Long legalActId);

	/** Ends every grant of exactly this role and scope that the account holds now; nothing when there is none. */
	void withdraw(long accountId, ScopedRole role);

}
