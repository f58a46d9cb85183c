package kg.omb.documents.discussion;

import java.time.LocalDate;

import kg.omb.shared.DomainException;

/**
 * The days of a public discussion, both included, by the calendar of Bishkek: comments are taken from the first
 * day to the last, whatever a browser shows.
 */
public record DiscussionWindow(LocalDate opensOn, LocalDate closesOn) {

	public DiscussionWindow {
		if (closesOn.isBefore(opensOn)) {
			throw new IllegalArgumentException("A discussion closes before it opens: " + opensOn + ".." + closesOn);
		}
	}

	public boolean isOpenOn(LocalDate day) {
		return !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	public boolean hasClosedBy(LocalDate day) {
		return day.isAfter(closesOn);
	}

	/** Days left including today; zero once closed. */
	public long daysLeft(LocalDate today) {
		return hasClosedBy(today) ? 0 : closesOn.toEpochDay() - (today.isBefore(opensOn) ? opensOn : today).toEpochDay() + 1;
	}

	void requireOpenOn(LocalDate day) {
		if (day.isBefore(opensOn)) {
			throw new DomainException("documents.discussion.not-open-yet", opensOn);
		}
		if (day.isAfter(closesOn)) {
			throw new DomainException("documents.discussion.closed", closesOn);
		}
	}

}
