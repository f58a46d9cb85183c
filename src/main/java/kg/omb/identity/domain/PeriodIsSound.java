package kg.omb.identity.domain;

/** A grant ends after it starts, and a grant that would already be over when made is a mistake. */
final class PeriodIsSound implements GrantPolicy {

	@Override
	public Decision check(GrantRequest request) {
		if (request.validTo() == null) {
			return Decision.allow();
		}
		if (!request.validTo().isAfter(request.validFrom())) {
			return Decision.reject("grant.error.period", "validTo");
		}
		if (!request.validTo().isAfter(request.now())) {
			return Decision.reject("grant.error.ends-in-past", "validTo");
		}
		return Decision.allow();
	}

}
