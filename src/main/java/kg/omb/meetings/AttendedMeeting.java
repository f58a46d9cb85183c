package kg.omb.meetings;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A meeting held (closed) at which a member was present, in the room or online: its OMB, section and title. */
public record AttendedMeeting(long meetingId, long associationId, @Nullable Long sectionId, String title,
		Instant startsAt) {
}
