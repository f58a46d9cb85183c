package kg.omb.meetings;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An OMB's collegial work in a year: its work plan (none when it has no plan for the year) with each item's
 * execution, the meetings held (closed) and how many were cancelled, the decisions taken, and the events held
 * (begun by today) with how many came.
 */
public record WorkOfYear(int year, @Nullable PlanState plan, List<PlanLine> planItems, List<MeetingLine> meetings,
		int meetingsCancelled, List<DecisionSummary> decisions, List<EventLine> events) {

	public WorkOfYear {
		planItems = List.copyOf(planItems);
		meetings = List.copyOf(meetings);
		decisions = List.copyOf(decisions);
		events = List.copyOf(events);
	}

	public long planItemsDone() {
		return planItems.stream().filter(PlanLine::done).count();
	}

	public long planItemsOverdue() {
		return planItems.stream().filter(PlanLine::overdue).count();
	}

	/** Items done of all items, in whole percent; none without items. */
	public @Nullable Integer planCompletion() {
		return planItems.isEmpty() ? null : (int) (planItemsDone() * 100 / planItems.size());
	}

	/** Whether the plan of the year is still a draft or was approved by the chair. */
	public enum PlanState {
		DRAFT, APPROVED
	}

	/** One item of the plan: what, who, by when, and when it was done and by what (a path), or whether overdue. */
	public record PlanLine(int position, String activity, String responsible, LocalDate dueOn,
			@Nullable LocalDate doneOn, @Nullable String fulfilledBy, boolean overdue) {

		public boolean done() {
			return doneOn != null;
		}

	}

	/** A meeting held: its title, day, whether of a section, and how many decisions it took. */
	public record MeetingLine(long id, String title, LocalDate heldOn, boolean ofSection, long decisions) {
	}

	/** An event held: its title, day, and how many registered people came. */
	public record EventLine(long id, String title, LocalDate heldOn, long attended) {
	}

}
