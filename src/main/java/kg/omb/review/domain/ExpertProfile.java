package kg.omb.review.domain;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What an expert tells of themselves: degree, title, organisations, competence, languages and experience. */
public record ExpertProfile(String personName, @Nullable String degree, @Nullable String title,
		Set<Long> organizationIds, Set<String> specialtyCodes, Set<String> languages, int experienceYears,
		@Nullable String background) {

	public ExpertProfile {
		organizationIds = Set.copyOf(organizationIds);
		specialtyCodes = Set.copyOf(specialtyCodes);
		languages = Set.copyOf(languages);
	}

}
