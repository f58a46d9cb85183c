package kg.omb.review;

/** What a reviewer recommends, and what the chair decides on the reviews. */
public enum Recommendation {

	APPROVE, APPROVE_WITH_CHANGES, REVISE_AND_RESUBMIT, REJECT;

	/** Whether the subject may go on to its next step. */
	public boolean isPositive() {
		return this == APPROVE || this == APPROVE_WITH_CHANGES;
	}

}
