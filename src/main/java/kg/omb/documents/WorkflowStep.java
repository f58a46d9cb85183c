package kg.omb.documents;

/** A step that a kind of document takes between drafting and its entry into force. */
public enum WorkflowStep {

	/** Published for comments for at least the kind's minimum number of days, then the comments are disposed of. */
	PUBLIC_DISCUSSION,

	/** Review by experts through the review module; the chair's decision on their reviews completes it. */
	EXPERT_REVIEW,

	/** The chair reviews the document (§18). */
	CHAIR_REVIEW,

	/** The chair submits it to the authorized body, whose act puts it in force (§18). */
	SUBMISSION,

	/** The OMB itself decides on it: recommendations and materials of the OMB's own level. */
	OMB_DECISION

}
