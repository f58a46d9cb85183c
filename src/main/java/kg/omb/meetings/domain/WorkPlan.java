package kg.omb.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/**
 * An OMB's annual work plan (§21): its items are written while it is a draft; the chair approves it, and from then
 * on the items are carried out, each marked done with what fulfils it. Progress and overdue items follow from the
 * items and the day.
 */
@Entity
@Table(name = "work_plan")
public class WorkPlan extends BaseEntity {

	/** Whether the plan is still being written or approved by the chair. */
	public enum Status {
		DRAFT, APPROVED
	}

	@Column(name = "association_id", nullable = false)
	private long associationId;

	@Column(name = "plan_year", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "approved_at")
	private @Nullable Instant approvedAt;

	@Column(name = "approved_by")
	private @Nullable Long approvedBy;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<PlanItem> items = new ArrayList<>();

	protected WorkPlan() {
		this.status = Status.DRAFT;
	}

	public WorkPlan(long associationId, int year) {
		if (year < 2000 || year > 2100) {
			throw new DomainException("meetings.error.plan.year");
		}
		this.associationId = associationId;
		this.year = year;
		this.status = Status.DRAFT;
	}

	public PlanItem addItem(String activity, String responsible, LocalDate dueOn, String expectedOutput) {
		if (status != Status.DRAFT) {
			throw new DomainException("meetings.error.plan.approved");
		}
		if (dueOn.getYear() != year) {
			throw new DomainException("meetings.error.plan.due-in-year", year);
		}
		int position = items.stream().mapToInt(PlanItem::getPosition).max().orElse(0) + 1;
		PlanItem item = new PlanItem(this, position, activity, responsible, dueOn, expectedOutput);
		items.add(item);
		return item;
	}

	public void approve(long chairAccountId, Instant now) {
		if (status != Status.DRAFT) {
			throw new DomainException("meetings.error.plan.approved");
		}
		if (items.isEmpty()) {
			throw new DomainException("meetings.error.plan.empty");
		}
		this.status = Status.APPROVED;
		this.approvedAt = now;
		this.approvedBy = chairAccountId;
	}

	/** An item of the approved plan is done, on the day, fulfilled by what the path leads to (if given). */
	public void complete(long itemId, LocalDate on, @Nullable String fulfilledBy) {
		if (status != Status.APPROVED) {
			throw new DomainException("meetings.error.plan.not-approved");
		}
		item(itemId).orElseThrow(() -> new DomainException("meetings.error.no-item")).complete(on, fulfilledBy);
	}

	public Progress progress(LocalDate today) {
		int done = (int) items.stream().filter(PlanItem::isDone).count();
		int overdue = (int) items.stream().filter(item -> item.isOverdue(today)).count();
		return new Progress(items.size(), done, overdue);
	}

	public Optional<PlanItem> item(long itemId) {
		return items.stream().filter(item -> item.id() == itemId).findFirst();
	}

	/** How far the plan has come: items done and overdue of all; percent done, rounded down. */
	public record Progress(int total, int done, int overdue) {

		public int percent() {
			return total == 0 ? 0 : done * 100 / total;
		}

	}

	public long getAssociationId() {
		return associationId;
	}

	public int getYear() {
		return year;
	}

	public Status getStatus() {
		return status;
	}

	public @Nullable Instant getApprovedAt() {
		return approvedAt;
	}

	public @Nullable Long getApprovedBy() {
		return approvedBy;
	}

	public List<PlanItem> getItems() {
		return items.stream().sorted(Comparator.comparingInt(PlanItem::getPosition)).toList();
	}

}
