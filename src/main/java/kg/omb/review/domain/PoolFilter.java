package kg.omb.review.domain;

import org.jspecify.annotations.Nullable;

/**
 * A search of the pool: competence (a classifier code, or the start of one), organisation, language, and the most
 * active reviews an expert may already have; {@code status} null means approved experts.
 */
public record PoolFilter(@Nullable String specialty, @Nullable Long organizationId, @Nullable String language,
		@Nullable Integer maxLoad, @Nullable ExpertStatus status) {

	public static PoolFilter approved() {
		return new PoolFilter(null, null, null, null, null);
	}

}
