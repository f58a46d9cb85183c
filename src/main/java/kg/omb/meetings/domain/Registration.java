package kg.omb.meetings.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/** A person's registration for an event: with a place, on the waiting list, or cancelled; and whether they came. */
@Entity
@Table(name = "omb_event_registration")
public class Registration extends BaseEntity {

	/** Where the registration stands. */
	public enum Status {
		REGISTERED, WAITING, CANCELLED
	}

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private @Nullable OmbEvent event;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "person_name", nullable = false)
	private String personName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	@Column(nullable = false)
	private boolean attended;

	protected Registration() {
		this.personName = "";
		this.status = Status.CANCELLED;
		this.registeredAt = Instant.EPOCH;
	}

	Registration(OmbEvent event, long accountId, String personName, Status status, Instant registeredAt) {
		this.event = event;
		this.accountId = accountId;
		this.personName = personName;
		this.status = status;
		this.registeredAt = registeredAt;
	}

	void cancel() {
		this.status = Status.CANCELLED;
	}

	void promote() {
		this.status = Status.REGISTERED;
	}

	void attend(boolean came) {
		if (status != Status.REGISTERED) {
			throw new DomainException("meetings.error.event.not-registered");
		}
		this.attended = came;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getPersonName() {
		return personName;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public boolean isAttended() {
		return attended;
	}

}
