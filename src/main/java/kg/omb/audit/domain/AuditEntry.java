package kg.omb.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail. Never updated, never deleted. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "actor_account_id")
	private @Nullable Long actorAccountId;

	@Column(name = "actor_name", nullable = false)
	private String actorName;

	@Column(name = "client_address")
	private @Nullable String clientAddress;

	@Column(nullable = false)
	private String action;

	@Column(name = "target_type", nullable = false)
	private String targetType;

	@Column(name = "target_id")
	private @Nullable String targetId;

	@Column(nullable = false)
	private String details;

	protected AuditEntry() {
		this.occurredAt = Instant.EPOCH;
		this.actorName = "";
		this.action = "";
		this.targetType = "";
		this.details = "{}";
	}

	AuditEntry(Instant occurredAt, @Nullable Long actorAccountId, String actorName, @Nullable String clientAddress,
			String action, String targetType, @Nullable String targetId, String details) {
		this.occurredAt = occurredAt;
		this.actorAccountId = actorAccountId;
		this.actorName = actorName;
		this.clientAddress = clientAddress;
		this.action = action;
		this.targetType = targetType;
		this.targetId = targetId;
		this.details = details;
	}

	@Nullable Long getId() {
		return id;
	}

	Instant getOccurredAt() {
		return occurredAt;
	}

	@Nullable Long getActorAccountId() {
		return actorAccountId;
	}

	String getActorName() {
		return actorName;
	}

	@Nullable String getClientAddress() {
		return clientAddress;
	}

	String getAction() {
		return action;
	}

	String getTargetType() {
		return targetType;
	}

	@Nullable String getTargetId() {
		return targetId;
	}

	String getDetails() {
		return details;
	}

}
