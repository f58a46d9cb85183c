package kg.omb.meetings.domain;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * An event as its page shows it to the person looking: places left, the waiting list's length, the person's own
 * registration, and for the organiser the list of registrations.
 */
public record EventView(long id, long associationId, LocalizedText associationName, String title,
		@Nullable String description, Instant startsAt, @Nullable String place, @Nullable String link, int capacity,
		int placesLeft, int waiting, boolean begun, Registration.@Nullable Status myStatus, boolean iAttended,
		boolean organiser, List<Line> registrations) {

	public record Line(long id, String personName, Registration.Status status, boolean attended) {
	}

}
