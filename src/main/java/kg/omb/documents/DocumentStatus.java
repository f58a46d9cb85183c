package kg.omb.documents;

/** Where a normative document stands in its workflow; {@link #SUPERSEDED} and {@link #REPEALED} are final. */
public enum DocumentStatus {

	DRAFTING, PUBLIC_DISCUSSION, DISPOSITION_OF_COMMENTS, EXPERT_REVIEW, CHAIR_REVIEW, SUBMITTED, IN_FORCE,
	SUPERSEDED, REPEALED;

	public boolean isFinal() {
		return this == SUPERSEDED || this == REPEALED;
	}

	/** Whether the clauses of the working version may be edited. */
	public boolean isEditable() {
		return this == DRAFTING || this == DISPOSITION_OF_COMMENTS;
	}

}
