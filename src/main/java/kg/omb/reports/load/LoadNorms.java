package kg.omb.reports.load;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/**
 * The hours an authorized body credits for each kind of OMB work (§24), valid from an academic year until the
 * body sets them for a later one. Hours are from 0 to {@value #MOST_HOURS}, in hundredths at most.
 */
@Entity
@Table(name = "teaching_load_norms")
public class LoadNorms extends BaseEntity {

	/** The most hours one activity may be credited with. */
	public static final int MOST_HOURS = 100;

	@Column(name = "authority_id", nullable = false, updatable = false)
	private long authorityId;

	@Column(name = "academic_year", nullable = false, updatable = false)
	private int academicYear;

	@Column(name = "review_hours", nullable = false)
	private BigDecimal reviewHours;

	@Column(name = "meeting_hours", nullable = false)
	private BigDecimal meetingHours;

	@Column(name = "document_hours", nullable = false)
	private BigDecimal documentHours;

	@Column(name = "task_hours", nullable = false)
	private BigDecimal taskHours;

	protected LoadNorms() {
		this.reviewHours = BigDecimal.ZERO;
		this.meetingHours = BigDecimal.ZERO;
		this.documentHours = BigDecimal.ZERO;
		this.taskHours = BigDecimal.ZERO;
	}

	LoadNorms(long authorityId, AcademicYear year, Hours hours) {
		this();
		this.authorityId = authorityId;
		this.academicYear = year.startYear();
		change(hours);
	}

	/** New hours for the kinds of work; refused, changing nothing, when one of them is out of range. */
	void change(Hours hours) {
		for (ActivityKind kind : ActivityKind.values()) {
			BigDecimal value = hours.of(kind);
			if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(MOST_HOURS)) > 0
					|| value.stripTrailingZeros().scale() > 2) {
				throw new DomainException("load.error.hours", MOST_HOURS);
			}
		}
		this.reviewHours = hours.review();
		this.meetingHours = hours.meeting();
		this.documentHours = hours.document();
		this.taskHours = hours.task();
	}

	public long getAuthorityId() {
		return authorityId;
	}

	public AcademicYear getAcademicYear() {
		return new AcademicYear(academicYear);
	}

	public Hours getHours() {
		return new Hours(reviewHours, meetingHours, documentHours, taskHours);
	}

	/** Hours per kind of work. */
	public record Hours(BigDecimal review, BigDecimal meeting, BigDecimal document, BigDecimal task) {

		public BigDecimal of(ActivityKind kind) {
			return switch (kind) {
				case REVIEW -> review;
				case MEETING -> meeting;
				case DOCUMENT -> document;
				case WORKING_GROUP_TASK -> task;
			};
		}

	}

}
