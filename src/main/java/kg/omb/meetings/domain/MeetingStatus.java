package kg.omb.meetings.domain;

/**
 * Where a meeting stands: scheduled (the agenda may still change), in progress (attendance is recorded and votes
 * are taken), closed, or cancelled before it took place.
 */
public enum MeetingStatus {

	SCHEDULED, IN_PROGRESS, CLOSED, CANCELLED

}
