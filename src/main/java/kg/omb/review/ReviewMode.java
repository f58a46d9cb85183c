package kg.omb.review;

/**
 * Who knows whom: in {@link #OPEN} everyone sees the names; in {@link #SINGLE_BLIND} the authors never see who
 * reviewed; in {@link #DOUBLE_BLIND} the reviewers do not see the authors either.
 */
public enum ReviewMode {

	OPEN, SINGLE_BLIND, DOUBLE_BLIND;

	/** Whether the reviewers' names are hidden from the authors and from what is published. */
	public boolean hidesReviewers() {
		return this != OPEN;
	}

	/** Whether the authors' names are hidden from the reviewers. */
	public boolean hidesAuthors() {
		return this == DOUBLE_BLIND;
	}

}
