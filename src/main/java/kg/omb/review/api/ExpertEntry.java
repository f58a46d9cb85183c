package kg.omb.review.api;

import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import kg.omb.review.domain.ExpertStatus;
import kg.omb.review.domain.ExpertView;

/** An expert of the pool as its keepers see them: competence, organisations, languages and current load. */
record ExpertEntry(long id, String name, @Nullable String degree, @Nullable String title,
		Set<Long> organizationIds, Set<String> specialtyCodes, Set<String> languages, int experienceYears,
		@Nullable String background, ExpertStatus status, long load) {

	static ExpertEntry of(ExpertView expert) {
		return new ExpertEntry(expert.id(), expert.personName(), expert.degree(), expert.title(),
				new TreeSet<>(expert.organizationIds()), new TreeSet<>(expert.specialtyCodes()),
				new TreeSet<>(expert.languages()), expert.experienceYears(), expert.background(), expert.status(),
				expert.load());
	}

	/** An expert as suggested for a request: how well they match, and why the conflict rules leave them out. */
	record Suggested(ExpertEntry expert, int match, boolean eligible, java.util.List<Reason> conflicts) {
	}

	/** A reason of the conflict rules: its message key and the text in the caller's language. */
	record Reason(String key, String text) {
	}

}
