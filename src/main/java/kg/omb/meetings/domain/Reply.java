package kg.omb.meetings.domain;

/** A member's answer to the invitation. */
public enum Reply {

	NONE, ATTENDING, DECLINED

}
