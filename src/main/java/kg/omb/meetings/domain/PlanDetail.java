package kg.omb.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/** A work plan as its page shows it, with its progress today and what the person may do with it. */
public record PlanDetail(long id, long lock, long associationId, LocalizedText associationName, int year,
		WorkPlan.Status status, @Nullable Instant approvedAt, List<Item> items, WorkPlan.Progress progress,
		boolean edits, boolean approves) {

	public record Item(long id, int position, String activity, String responsible, LocalDate dueOn,
			String expectedOutput, @Nullable LocalDate doneOn, @Nullable String fulfilledBy, boolean overdue) {
	}

}
