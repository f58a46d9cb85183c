package kg.omb.meetings.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What the secretary schedules: a meeting of the OMB or of one of its sections, where and when. */
public record ScheduleMeeting(long associationId, @Nullable Long sectionId, String title, Instant startsAt,
		@Nullable String place, @Nullable String link) {
}
