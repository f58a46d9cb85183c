package kg.omb.review.domain;

import org.jspecify.annotations.Nullable;

/** What a conflict-of-interest rule says of an expert: eligible, or not, for a reason (an i18n message key). */
public record Eligibility(boolean eligible, @Nullable String reasonKey) {

	public static final Eligibility ELIGIBLE = new Eligibility(true, null);

	public static Eligibility notEligible(String reasonKey) {
		return new Eligibility(false, reasonKey);
	}

}
