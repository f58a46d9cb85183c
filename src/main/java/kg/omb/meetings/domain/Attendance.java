package kg.omb.meetings.domain;

/** Whether a member took part in the meeting, and how. */
public enum Attendance {

	ABSENT, IN_PERSON, ONLINE;

	public boolean present() {
		return this != ABSENT;
	}

}
