package kg.omb.reports.domain;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.reports.ReportStatus;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.html.RichText;

/**
 * An OMB's annual activity report. While a draft the chair writes its narrative parts (kept sanitized); the chair
 * approves it (and may take it back to a draft before publication); published, it keeps the figures it was
 * published with and never changes again: a correction would be the next year's report or a new edition.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends BaseEntity {

	@Column(name = "association_id", nullable = false, updatable = false)
	private long associationId;

	@Column(name = "report_year", nullable = false, updatable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportStatus status;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "introduction_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "introduction_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "introduction_en")) })
	private @Nullable LocalizedText introduction;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "conclusions_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "conclusions_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "conclusions_en")) })
	private @Nullable LocalizedText conclusions;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "plans_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "plans_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "plans_en")) })
	private @Nullable LocalizedText plans;

	@Column(name = "approved_at")
	private @Nullable Instant approvedAt;

	@Column(name = "approved_by")
	private @Nullable Long approvedBy;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "figures")
	private @Nullable String figures;

	protected AnnualReport() {
		this.status = ReportStatus.DRAFT;
	}

	public AnnualReport(long associationId, int year) {
		if (year < 2000 || year > 2100) {
			throw new DomainException("reports.error.year");
		}
		this.associationId = associationId;
		this.year = year;
		this.status = ReportStatus.DRAFT;
	}

	/** The chair's text of the narrative parts; only a draft is written. */
	public void editNarrative(LocalizedText newIntroduction, LocalizedText newConclusions, LocalizedText newPlans) {
		if (status != ReportStatus.DRAFT) {
			throw new DomainException("reports.error.not-draft");
		}
		this.introduction = sanitized(newIntroduction);
		this.conclusions = sanitized(newConclusions);
		this.plans = sanitized(newPlans);
	}

	/** Approved by the chair; a report without its introduction and conclusions in Kyrgyz is not complete. */
	public void approve(@Nullable Long chairAccountId, Instant now) {
		if (status != ReportStatus.DRAFT) {
			throw new DomainException("reports.error.not-draft");
		}
		if (getIntroduction().ky() == null || getConclusions().ky() == null) {
			throw new DomainException("reports.error.narrative-missing");
		}
		this.status = ReportStatus.APPROVED;
		this.approvedAt = now;
		this.approvedBy = chairAccountId;
	}

	/** Back to a draft, to be written again, before it is published. */
	public void reopen() {
		if (status != ReportStatus.APPROVED) {
			throw new DomainException("reports.error.not-approved");
		}
		this.status = ReportStatus.DRAFT;
		this.approvedAt = null;
		this.approvedBy = null;
	}

	/** Published with the figures of that moment, which it keeps from then on. */
	public void publish(String figuresJson, Instant now) {
		if (status != ReportStatus.APPROVED) {
			throw new DomainException("reports.error.not-approved");
		}
		this.status = ReportStatus.PUBLISHED;
		this.publishedAt = now;
		this.figures = figuresJson;
	}

	public boolean isPublished() {
		return status == ReportStatus.PUBLISHED;
	}

	private static LocalizedText sanitized(LocalizedText text) {
		return new LocalizedText(clean(text.ky()), clean(text.ru()), clean(text.en()));
	}

	private static @Nullable String clean(@Nullable String html) {
		if (html == null) {
			return null;
		}
		String safe = RichText.sanitize(html);
		return RichText.plainText(safe).isBlank() ? null : safe;
	}

	private static LocalizedText orEmpty(@Nullable LocalizedText text) {
		return text == null ? new LocalizedText(null, null, null) : text;
	}

	public long getAssociationId() {
		return associationId;
	}

	public int getYear() {
		return year;
	}

	public ReportStatus getStatus() {
		return status;
	}

	public LocalizedText getIntroduction() {
		return orEmpty(introduction);
	}

	public LocalizedText getConclusions() {
		return orEmpty(conclusions);
	}

	public LocalizedText getPlans() {
		return orEmpty(plans);
	}

	public @Nullable Instant getApprovedAt() {
		return approvedAt;
	}

	public @Nullable Long getApprovedBy() {
		return approvedBy;
	}

	public @Nullable Instant getPublishedAt() {
		return publishedAt;
	}

	public @Nullable String getFigures() {
		return figures;
	}

}
