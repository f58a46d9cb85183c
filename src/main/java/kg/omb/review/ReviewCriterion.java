package kg.omb.review;

/** One criterion of a review form: what is scored, from 1 to {@code maxScore}. */
public record ReviewCriterion(String name, int maxScore) {

	public ReviewCriterion {
		if (name.isBlank() || maxScore < 1 || maxScore > 100) {
			throw new IllegalArgumentException("Invalid criterion " + name + " / " + maxScore);
		}
	}

}
