package kg.omb.association.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * One structural change as history shows it: what happened, to what (a name), when it took effect and the act it
 * rests on. Written with the change, never edited; both an association's history of acts and an act's list of
 * what rests on it are read from these lines.
 */
@Entity
@Table(name = "association_history")
public class HistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "association_id", updatable = false)
	private @Nullable Long associationId;

	@Column(name = "council_id", updatable = false)
	private @Nullable Long councilId;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_kind", nullable = false, updatable = false)
	private ChangeKind kind;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "subject_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "subject_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "subject_en")) })
	private LocalizedText subject;

	@Column(name = "effective_on", nullable = false, updatable = false)
	private LocalDate effectiveOn;

	@Column(name = "act_id", updatable = false)
	private @Nullable Long actId;

	@Column(name = "recorded_by", updatable = false)
	private @Nullable Long recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected HistoryEntry() {
		this.kind = ChangeKind.CREATED;
		this.subject = new LocalizedText(null, null, null);
		this.effectiveOn = LocalDate.EPOCH;
		this.recordedAt = Instant.EPOCH;
	}

	HistoryEntry(@Nullable Long associationId, @Nullable Long councilId, ChangeKind kind, LocalizedText subject,
			LocalDate effectiveOn, @Nullable Long actId, @Nullable Long recordedBy, Instant recordedAt) {
		this.associationId = associationId;
		this.councilId = councilId;
		this.kind = kind;
		this.subject = subject.isEmpty() ? LocalizedText.of("-", "-", "-") : subject;
		this.effectiveOn = effectiveOn;
		this.actId = actId;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public @Nullable Long getAssociationId() {
		return associationId;
	}

	public @Nullable Long getCouncilId() {
		return councilId;
	}

	public ChangeKind getKind() {
		return kind;
	}

	public LocalizedText getSubject() {
		return subject;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public @Nullable Long getActId() {
		return actId;
	}

}
