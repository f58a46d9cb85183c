package kg.omb.surveys.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/**
 * An organisation's answer to a round. The organisation saves drafts and submits, which locks the answer; the
 * owner of the request accepts it or returns it with remarks, after which the organisation corrects and submits
 * again (a returned answer may be corrected after the deadline).
 */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer extends BaseEntity {

	@Column(name = "round_id", nullable = false)
	private long roundId;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AnswerStatus status = AnswerStatus.PENDING;

	private @Nullable String remarks;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@Column(name = "reminded_before", nullable = false)
	private boolean remindedBefore;

	@Column(name = "reminded_after", nullable = false)
	private boolean remindedAfter;

	@ElementCollection
	@CollectionTable(name = "survey_answer_field", joinColumns = @JoinColumn(name = "answer_id"))
	@MapKeyColumn(name = "code")
	@Column(name = "field_value", nullable = false)
	private Map<String, String> fields = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "survey_answer_cell", joinColumns = @JoinColumn(name = "answer_id"))
	private List<AnswerCell> cells = new ArrayList<>();

	protected SurveyAnswer() {
	}

	public SurveyAnswer(long roundId, long organizationId) {
		this.roundId = roundId;
		this.organizationId = organizationId;
	}

	/** Keeps the checked values as a draft. */
	public void saveDraft(CheckedAnswer checked, SurveyRound round, LocalDate today) {
		requireEditable(round, today);
		requireValid(checked);
		replaceValues(checked);
		status = status == AnswerStatus.RETURNED ? AnswerStatus.RETURNED : AnswerStatus.DRAFT;
	}

	/** Submits values checked for submission; the answer is locked from now on. */
	public void submit(CheckedAnswer checked, SurveyRound round, LocalDate today, Instant now) {
		requireEditable(round, today);
		requireValid(checked);
		replaceValues(checked);
		status = AnswerStatus.SUBMITTED;
		submittedAt = now;
	}

	public void accept() {
		if (status != AnswerStatus.SUBMITTED) {
			throw new DomainException("surveys.error.not-submitted");
		}
		status = AnswerStatus.ACCEPTED;
	}

	/** Returns the answer for correction; not once its round is closed, since it could not be corrected. */
	public void returnWithRemarks(String text, SurveyRound round) {
		if (status != AnswerStatus.SUBMITTED && status != AnswerStatus.ACCEPTED) {
			throw new DomainException("surveys.error.not-submitted");
		}
		if (round.isClosed()) {
			throw new DomainException("surveys.error.round-closed-return");
		}
		if (text.isBlank()) {
			throw new DomainException("surveys.error.remarks-required");
		}
		status = AnswerStatus.RETURNED;
		remarks = text.strip();
	}

	/** Refuses when the answer cannot be changed on the day: submitted, its round closed or past its deadline. */
	void requireEditable(SurveyRound round, LocalDate today) {
		if (!status.editable()) {
			throw new DomainException("surveys.error.answer-locked");
		}
		if (round.isClosed()) {
			throw new DomainException("surveys.error.round-closed-answer");
		}
		if (status != AnswerStatus.RETURNED && !round.openOn(today)) {
			throw new DomainException("surveys.error.deadline-passed", round.getDeadline());
		}
	}

	private static void requireValid(CheckedAnswer checked) {
		if (!checked.valid()) {
			throw new DomainException("surveys.error.answer-invalid", checked.violations().size());
		}
	}

	private void replaceValues(CheckedAnswer checked) {
		fields.clear();
		fields.putAll(checked.fields());
		cells.clear();
		checked.cells()
			.forEach((ref, amount) -> cells
				.add(new AnswerCell(ref.specialtyCode(), ref.levelCode(), ref.columnCode(), amount)));
	}

	/**
	 * Whether the organisation is to be reminded on the day: once within {@code daysBefore} days of the deadline,
	 * once after it, as long as it has not submitted. Marks the reminder as sent.
	 */
	public boolean remindOn(SurveyRound round, java.time.LocalDate day, int daysBefore) {
		if (round.isClosed() || status == AnswerStatus.SUBMITTED || status == AnswerStatus.ACCEPTED) {
			return false;
		}
		if (day.isAfter(round.getDeadline())) {
			if (remindedAfter || status == AnswerStatus.RETURNED) {
				return false;
			}
			remindedAfter = true;
			return true;
		}
		if (!remindedBefore && !day.plusDays(daysBefore).isBefore(round.getDeadline())) {
			remindedBefore = true;
			return true;
		}
		return false;
	}

	public long getRoundId() {
		return roundId;
	}

	public long getOrganizationId() {
		return organizationId;
	}

	public AnswerStatus getStatus() {
		return status;
	}

	public @Nullable String getRemarks() {
		return remarks;
	}

	public @Nullable Instant getSubmittedAt() {
		return submittedAt;
	}

	public Map<String, String> getFields() {
		return Map.copyOf(fields);
	}

	public Map<CellRef, Long> cellValues() {
		Map<CellRef, Long> values = new HashMap<>();
		cells.forEach(cell -> values.put(cell.ref(), cell.amount()));
		return values;
	}

}
