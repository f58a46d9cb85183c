package kg.omb.meetings.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/** One line of a list of meetings. */
public record MeetingSummary(long id, LocalizedText associationName, @Nullable LocalizedText sectionName,
		String title, Instant startsAt, boolean inPerson, boolean online, MeetingStatus status) {
}
