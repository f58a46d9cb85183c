package kg.omb.review.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A conflict of interest an expert declared, with a subject or with an organisation. Never edited. */
@Entity
@Table(name = "review_declared_conflict")
class ConflictDeclaration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "expert_id", nullable = false, updatable = false)
	private long expertId;

	@Column(name = "subject_type", updatable = false)
	private @Nullable String subjectType;

	@Column(name = "subject_id", updatable = false)
	private @Nullable Long subjectId;

	@Column(name = "organization_id", updatable = false)
	private @Nullable Long organizationId;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(name = "declared_at", nullable = false, updatable = false)
	private Instant declaredAt;

	protected ConflictDeclaration() {
		this.reason = "";
		this.declaredAt = Instant.EPOCH;
	}

	ConflictDeclaration(long expertId, @Nullable String subjectType, @Nullable Long subjectId,
			@Nullable Long organizationId, String reason, Instant at) {
		this.expertId = expertId;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.organizationId = organizationId;
		this.reason = reason;
		this.declaredAt = at;
	}

	long getExpertId() {
		return expertId;
	}

}
