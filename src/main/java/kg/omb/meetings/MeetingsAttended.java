package kg.omb.meetings;

import java.time.Instant;
import java.util.List;

/**
 * The meetings a person attended, for a teaching-load statement (§24). This checks no permission: it is for the
 * caller's own checks, which decide who may see whose attendance and of which OMB.
 */
public interface MeetingsAttended {

	/**
	 * The closed meetings that began from one instant (inclusive) until another (exclusive) at which the account
	 * was marked present, in the room or online, oldest first.
	 */
	List<AttendedMeeting> attendedBy(long accountId, Instant from, Instant until);

}
