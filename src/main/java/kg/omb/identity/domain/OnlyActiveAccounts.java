package kg.omb.identity.domain;

/** A deactivated account is kept for its history and gets no new roles. */
final class OnlyActiveAccounts implements GrantPolicy {

	@Override
	public Decision check(GrantRequest request) {
		return request.accountStatus() == AccountStatus.DEACTIVATED ? Decision.reject("grant.error.deactivated")
				: Decision.allow();
	}

}
