package kg.omb.surveys.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/** One sending of a template for a year, with the deadline by which organisations answer. */
@Entity
@Table(name = "survey_round")
public class SurveyRound extends BaseEntity {

	@Column(name = "template_id", nullable = false)
	private long templateId;

	@Column(name = "period_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private LocalDate deadline;

	private boolean closed;

	private boolean published;

	protected SurveyRound() {
		this.deadline = LocalDate.EPOCH;
	}

	/** A round with a deadline today or later; {@code allowPast} lets the demo's history have old rounds. */
	public SurveyRound(long templateId, int year, LocalDate deadline, LocalDate today, boolean allowPast) {
		if (!allowPast && deadline.isBefore(today)) {
			throw new DomainException("surveys.error.deadline-past");
		}
		if (year < 1991 || year > today.getYear() + 1) {
			throw new DomainException("surveys.error.year-range", today.getYear() + 1);
		}
		this.templateId = templateId;
		this.year = year;
		this.deadline = deadline;
	}

	/** Whether an organisation that has not submitted yet may still do so on the day. */
	public boolean openOn(LocalDate day) {
		return !closed && !day.isAfter(deadline);
	}

	public void close() {
		if (closed) {
			throw new DomainException("surveys.error.round-closed");
		}
		closed = true;
	}

	/** The owner publishes the round's summary on the portal (aggregates only). */
	public void publish() {
		if (published) {
			throw new DomainException("surveys.error.already-published");
		}
		published = true;
	}

	public boolean isPublished() {
		return published;
	}

	public long getTemplateId() {
		return templateId;
	}

	public int getYear() {
		return year;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public boolean isClosed() {
		return closed;
	}

}
