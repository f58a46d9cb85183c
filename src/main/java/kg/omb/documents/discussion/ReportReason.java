package kg.omb.documents.discussion;

/** Why someone asks the secretary to look at a comment. */
public enum ReportReason {

	SPAM, OFFENSIVE, OFF_TOPIC

}
