package kg.omb.review.domain;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An expert of the pool as the pages show them, with their current load; {@code lock} goes back with a change. */
public record ExpertView(long id, long accountId, String personName, @Nullable String degree, @Nullable String title,
		Set<Long> organizationIds, Set<String> specialtyCodes, Set<String> languages, int experienceYears,
		@Nullable String background, ExpertStatus status, long load, long lock) {

	static ExpertView of(Expert expert, long load) {
		return new ExpertView(expert.id(), expert.getAccountId(), expert.getPersonName(), expert.getDegree(),
				expert.getTitle(), Set.copyOf(expert.getOrganizationIds()), Set.copyOf(expert.getSpecialtyCodes()),
				Set.copyOf(expert.getLanguages()), expert.getExperienceYears(), expert.getBackground(),
				expert.getStatus(), load, expert.getVersion());
	}

}
