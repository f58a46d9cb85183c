package kg.omb.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Identity, optimistic locking and creation/modification times for every editable entity. A stale edit (an
 * outdated {@link #getVersion() version}) is refused by the persistence layer, never merged silently.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@CreatedDate
	@Column(name = "created_at", nullable = false, updatable = false)
	private @Nullable Instant createdAt;

	@LastModifiedDate
	@Column(name = "updated_at", nullable = false)
	private @Nullable Instant updatedAt;

	public @Nullable Long getId() {
		return id;
	}

	/** The id of a saved entity. */
	public long id() {
		if (id == null) {
			throw new IllegalStateException(getClass().getSimpleName() + " is not saved yet");
		}
		return id;
	}

	public long getVersion() {
		return version;
	}

	public @Nullable Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getUpdatedAt() {
		return updatedAt;
	}

	public boolean isNew() {
		return id == null;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || org.hibernate.Hibernate.getClass(this) != org.hibernate.Hibernate.getClass(other)) {
			return false;
		}
		return id != null && id.equals(((BaseEntity) other).id);
	}

	@Override
	public int hashCode() {
		return org.hibernate.Hibernate.getClass(this).hashCode();
	}

}
