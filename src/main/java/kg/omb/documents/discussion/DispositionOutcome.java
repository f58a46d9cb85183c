package kg.omb.documents.discussion;

/** What the authors made of a comment. */
public enum DispositionOutcome {

	ACCEPTED, PARTLY_ACCEPTED, REJECTED, NOT_RELEVANT;

	/** Accepted comments, wholly or in part, point to the clause of the next version that changed. */
	public boolean changesText() {
		return this == ACCEPTED || this == PARTLY_ACCEPTED;
	}

}
