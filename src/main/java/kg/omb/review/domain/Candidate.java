package kg.omb.review.domain;

import java.util.Set;

/** An expert as the conflict and ranking rules see them. */
public record Candidate(long expertId, long accountId, String personName, Set<Long> organizationIds,
		Set<String> specialtyCodes, Set<String> languages, long load) {

	public Candidate {
		organizationIds = Set.copyOf(organizationIds);
		specialtyCodes = Set.copyOf(specialtyCodes);
		languages = Set.copyOf(languages);
	}

	static Candidate of(Expert expert, long load) {
		return new Candidate(expert.id(), expert.getAccountId(), expert.getPersonName(), expert.getOrganizationIds(),
				expert.getSpecialtyCodes(), expert.getLanguages(), load);
	}

}
