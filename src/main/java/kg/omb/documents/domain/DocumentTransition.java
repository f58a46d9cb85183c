package kg.omb.documents.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.documents.DocumentStatus;
import kg.omb.shared.Actor;

/**
 * One step of a document's public timeline: who moved it, when, from which status to which, why (remarks when it
 * was returned), the act it rests on, and a note such as "no expert review was performed". Never edited.
 */
@Entity
@Table(name = "document_transition")
public class DocumentTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id", nullable = false, updatable = false)
	private NormativeDocument document;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", updatable = false)
	private @Nullable DocumentStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, updatable = false)
	private DocumentStatus to;

	@Column(name = "reason", updatable = false)
	private @Nullable String reason;

	@Column(name = "note_key", updatable = false)
	private @Nullable String noteKey;

	@Column(name = "act_id", updatable = false)
	private @Nullable Long actId;

	@Column(name = "actor_id", updatable = false)
	private @Nullable Long actorId;

	@Column(name = "actor_name", nullable = false, updatable = false)
	private String actorName;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	protected DocumentTransition() {
		this.document = null;
		this.to = DocumentStatus.DRAFTING;
		this.actorName = "";
		this.occurredAt = Instant.EPOCH;
	}

	DocumentTransition(NormativeDocument document, @Nullable DocumentStatus from, DocumentStatus to,
			@Nullable String reason, @Nullable String noteKey, @Nullable Long actId, Actor actor, Instant at) {
		this.document = document;
		this.from = from;
		this.to = to;
		this.reason = reason;
		this.noteKey = noteKey;
		this.actId = actId;
		this.actorId = actor.accountId();
		this.actorName = actor.name();
		this.occurredAt = at;
	}

	public @Nullable Long getId() {
		return id;
	}

	public @Nullable DocumentStatus getFrom() {
		return from;
	}

	public DocumentStatus getTo() {
		return to;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public @Nullable String getNoteKey() {
		return noteKey;
	}

	public @Nullable Long getActId() {
		return actId;
	}

	public @Nullable Long getActorId() {
		return actorId;
	}

	public String getActorName() {
		return actorName;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

}
