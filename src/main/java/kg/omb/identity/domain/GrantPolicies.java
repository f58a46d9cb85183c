package kg.omb.identity.domain;

import java.util.List;

/** Every rule a new grant must satisfy, checked in order; the first rejection is the answer. */
final class GrantPolicies implements GrantPolicy {

	static final GrantPolicies ALL = new GrantPolicies(
			List.of(new OnlyActiveAccounts(), new RoleNeedsMatchingScope(), new PeriodIsSound(),
					new NoDuplicateEffectiveGrant()));

	private final List<GrantPolicy> policies;

	GrantPolicies(List<GrantPolicy> policies) {
		this.policies = List.copyOf(policies);
	}

	@Override
	public Decision check(GrantRequest request) {
		return policies.stream()
			.map(policy -> policy.check(request))
			.filter(Decision::rejected)
			.findFirst()
			.orElse(Decision.allow());
	}

}
