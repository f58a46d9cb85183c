package kg.omb.surveys.domain;

/**
 * Where an organisation's answer stands: not started, a draft, submitted (locked), returned with remarks for
 * correction, or accepted by the request's owner.
 */
public enum AnswerStatus {

	PENDING, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

	/** Whether the organisation may still change the answer. */
	public boolean editable() {
		return this == PENDING || this == DRAFT || this == RETURNED;
	}

}
