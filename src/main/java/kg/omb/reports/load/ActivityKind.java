package kg.omb.reports.load;

/** The kinds of OMB work a teaching-load statement credits (§24), in the order the statement lists their totals. */
public enum ActivityKind {

	/** An expert review submitted. */
	REVIEW,

	/** A meeting held at which the member was present, in the room or online. */
	MEETING,

	/** A document drafted, as its author or a participant of its working group, once its drafting was completed. */
	DOCUMENT,

	/** The task of a working group the member took part in, once the group completed it. */
	WORKING_GROUP_TASK

}
