package kg.omb.identity.domain;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import kg.omb.identity.Role;

/**
 * The platform always keeps an administrator: the last effective ADMIN grant (of an active account) cannot be
 * revoked, nor its holder deactivated, and an administrator cannot revoke their own last ADMIN grant or deactivate
 * themselves, which would lock them out in the middle of their work.
 */
final class LastAdministratorPolicy {

	/**
	 * @param grant the grant to revoke
	 * @param actorId the account revoking it
	 * @param adminGrants every ADMIN grant effective now that belongs to an active account
	 */
	Decision checkRevoke(RoleGrant grant, @Nullable Long actorId, List<RoleGrant> adminGrants) {
		if (grant.getRole() != Role.ADMIN || adminGrants.stream().noneMatch(grant::equals)) {
			return Decision.allow();
		}
		List<RoleGrant> remaining = adminGrants.stream().filter(other -> !other.equals(grant)).toList();
		if (Objects.equals(actorId, grant.getAccountId())
				&& remaining.stream().noneMatch(other -> other.getAccountId() == grant.getAccountId())) {
			return Decision.reject("grant.error.own-last-admin");
		}
		if (remaining.isEmpty()) {
			return Decision.reject("grant.error.last-admin");
		}
		return Decision.allow();
	}

	/**
	 * @param accountId the account to deactivate
	 * @param actorId the account deactivating it
	 * @param adminGrants every ADMIN grant effective now that belongs to an active account
	 */
	Decision checkDeactivation(long accountId, @Nullable Long actorId, List<RoleGrant> adminGrants) {
		if (Objects.equals(actorId, accountId)) {
			return Decision.reject("admin.error.deactivate-self");
		}
		boolean holdsAdmin = adminGrants.stream().anyMatch(grant -> grant.getAccountId() == accountId);
		boolean othersHoldAdmin = adminGrants.stream().anyMatch(grant -> grant.getAccountId() != accountId);
		if (holdsAdmin && !othersHoldAdmin) {
			return Decision.reject("admin.error.last-admin");
		}
		return Decision.allow();
	}

}
