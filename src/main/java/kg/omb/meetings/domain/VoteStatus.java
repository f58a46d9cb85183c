package kg.omb.meetings.domain;

/** A vote is open while members vote, then closed with its result. */
public enum VoteStatus {

	OPEN, CLOSED

}
