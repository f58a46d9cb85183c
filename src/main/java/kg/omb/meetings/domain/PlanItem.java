package kg.omb.meetings.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.Strings;

/**
 * One item of a work plan: the activity, who is responsible (a person or a section), the due date and the expected
 * output; once done, the day and what fulfils it, as a path within the portal ({@code /documents/12}).
 */
@Entity
@Table(name = "work_plan_item")
public class PlanItem extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private @Nullable WorkPlan plan;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String activity;

	@Column(nullable = false)
	private String responsible;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "expected_output", nullable = false)
	private String expectedOutput;

	@Column(name = "done_on")
	private @Nullable LocalDate doneOn;

	@Column(name = "fulfilled_by")
	private @Nullable String fulfilledBy;

	protected PlanItem() {
		this.activity = "";
		this.responsible = "";
		this.dueOn = LocalDate.EPOCH;
		this.expectedOutput = "";
	}

	PlanItem(WorkPlan plan, int position, String activity, String responsible, LocalDate dueOn,
			String expectedOutput) {
		this.plan = plan;
		this.position = position;
		this.activity = required(activity);
		this.responsible = required(responsible);
		this.dueOn = dueOn;
		this.expectedOutput = required(expectedOutput);
	}

	void complete(LocalDate on, @Nullable String fulfilledByPath) {
		if (doneOn != null) {
			throw new DomainException("meetings.error.plan.item-done");
		}
		String path = Strings.blankToNull(fulfilledByPath);
		if (path != null && (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")
				|| path.chars().anyMatch(Character::isWhitespace))) {
			throw new DomainException("meetings.error.plan.path");
		}
		this.doneOn = on;
		this.fulfilledBy = path;
	}

	public boolean isDone() {
		return doneOn != null;
	}

	/** Not done, and its due date has passed. */
	public boolean isOverdue(LocalDate today) {
		return doneOn == null && dueOn.isBefore(today);
	}

	private static String required(String text) {
		String value = Strings.blankToNull(text);
		if (value == null) {
			throw new DomainException("meetings.error.plan.item-incomplete");
		}
		return value;
	}

	public int getPosition() {
		return position;
	}

	public String getActivity() {
		return activity;
	}

	public String getResponsible() {
		return responsible;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public String getExpectedOutput() {
		return expectedOutput;
	}

	public @Nullable LocalDate getDoneOn() {
		return doneOn;
	}

	public @Nullable String getFulfilledBy() {
		return fulfilledBy;
	}

}
