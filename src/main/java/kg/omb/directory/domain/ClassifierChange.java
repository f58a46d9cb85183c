package kg.omb.directory.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.Actor;

/**
 * One line of a classifier entry's history: which field changed from what to what, when, by whom and on which
 * legal act. Never changed once written.
 */
@Entity
@Immutable
@Table(name = "classifier_change")
public class ClassifierChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "entry_id", nullable = false)
	private long entryId;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by")
	private @Nullable Long changedBy;

	@Column(name = "changed_by_name", nullable = false)
	private String changedByName;

	@Column(nullable = false)
	private String field;

	@Column(name = "old_value")
	private @Nullable String oldValue;

	@Column(name = "new_value")
	private @Nullable String newValue;

	@Column(name = "legal_act_id")
	private @Nullable Long legalActId;

	protected ClassifierChange() {
		this.changedAt = Instant.EPOCH;
		this.changedByName = "";
		this.field = "";
	}

	ClassifierChange(long entryId, FieldChange change, Instant changedAt, Actor actor, @Nullable Long legalActId) {
		this.entryId = entryId;
		this.field = change.field();
		this.oldValue = change.oldValue();
		this.newValue = change.newValue();
		this.changedAt = changedAt;
		this.changedBy = actor.accountId();
		this.changedByName = actor.name();
		this.legalActId = legalActId;
	}

	public long getEntryId() {
		return entryId;
	}

	public String getField() {
		return field;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public ClassifierChangeView view() {
		return new ClassifierChangeView(changedAt, changedByName, field, oldValue, newValue, legalActId);
	}

}
