package kg.omb.association.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

/**
 * A creative (working) group (§15) the chair forms for a task, with people from any education organisation and a
 * deadline.
 */
@Entity
@Table(name = "association_working_group")
public class WorkingGroup extends BaseEntity {

	@Column(name = "association_id", nullable = false)
	private long associationId;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "name_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")) })
	private LocalizedText name;

	@Column(nullable = false)
	private String task;

	@Column(nullable = false)
	private LocalDate deadline;

	@Column(name = "completed_on")
	private @Nullable LocalDate completedOn;

	@ElementCollection
	@CollectionTable(name = "association_working_group_member", joinColumns = @JoinColumn(name = "working_group_id"))
	@OrderColumn(name = "position_in_list")
	private List<Participant> participants = new ArrayList<>();

	protected WorkingGroup() {
		this.name = new LocalizedText(null, null, null);
		this.task = "";
		this.deadline = LocalDate.EPOCH;
	}

	public WorkingGroup(long associationId, LocalizedText name, String task, LocalDate deadline, LocalDate today) {
		if (name.ky() == null) {
			throw new DomainException("association.error.name-ky-required");
		}
		if (deadline.isBefore(today)) {
			throw new DomainException("association.error.deadline-past");
		}
		this.associationId = associationId;
		this.name = name;
		this.task = task.strip();
		this.deadline = deadline;
	}

	public void add(Participant participant) {
		requireOpen();
		if (participants.stream().anyMatch(existing -> existing.sameAs(participant))) {
			throw new DomainException("association.error.participant-twice");
		}
		participants.add(participant);
	}

	public void complete(LocalDate on) {
		requireOpen();
		this.completedOn = on;
	}

	public boolean isOverdueOn(LocalDate day) {
		return completedOn == null && day.isAfter(deadline);
	}

	private void requireOpen() {
		if (completedOn != null) {
			throw new DomainException("association.error.group-completed");
		}
	}

	public long getAssociationId() {
		return associationId;
	}

	public LocalizedText getName() {
		return name;
	}

	public String getTask() {
		return task;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public @Nullable LocalDate getCompletedOn() {
		return completedOn;
	}

	public List<Participant> getParticipants() {
		return List.copyOf(participants);
	}

	/** A person in a working group: any organisation's staff, with an account or without. */
	@Embeddable
	public record Participant(@Column(name = "person_name") String personName,
			@Column(name = "organization_id") long organizationId, @Column(name = "account_id") @Nullable Long accountId,
			@Column(name = "group_role") @Nullable String groupRole) {

		boolean sameAs(Participant other) {
			return accountId != null ? accountId.equals(other.accountId)
					: personName.equalsIgnoreCase(other.personName) && organizationId == other.organizationId;
		}

	}

}
