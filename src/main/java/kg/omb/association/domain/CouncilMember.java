package kg.omb.association.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.DomainException;

/** A seat on the consultative council (§13), from the act that appointed the person to the one that released them. */
@Entity
@Table(name = "consultative_council_member")
public class CouncilMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "council_id")
	private ConsultativeCouncil council;

	@Embedded
	private Person person;

	@Column(name = "from_date", nullable = false)
	private LocalDate fromDate;

	@Column(name = "to_date")
	private @Nullable LocalDate toDate;

	@Column(name = "act_id", nullable = false)
	private long actId;

	@Column(name = "ending_act_id")
	private @Nullable Long endingActId;

	protected CouncilMember() {
		this.council = null;
		this.person = new Person("", null, null, "");
		this.fromDate = LocalDate.EPOCH;
	}

	CouncilMember(ConsultativeCouncil council, Person person, long actId, LocalDate fromDate) {
		this.council = council;
		this.person = person;
		this.actId = actId;
		this.fromDate = fromDate;
	}

	void end(long act, LocalDate on) {
		if (on.isBefore(fromDate)) {
			throw new DomainException("association.error.date-before-current");
		}
		this.toDate = on;
		this.endingActId = act;
	}

	public boolean isCurrent() {
		return toDate == null;
	}

	public @Nullable Long getId() {
		return id;
	}

	public Person getPerson() {
		return person;
	}

	public LocalDate getFromDate() {
		return fromDate;
	}

	public @Nullable LocalDate getToDate() {
		return toDate;
	}

	public long getActId() {
		return actId;
	}

	/** Who sits on the council: a name, their account if any, their organisation if any, and their position. */
	@Embeddable
	public record Person(@Column(name = "person_name") String name, @Column(name = "account_id") @Nullable Long accountId,
			@Column(name = "organization_id") @Nullable Long organizationId,
			@Column(name = "position") String position) {

		boolean samePersonAs(Person other) {
			return accountId != null ? accountId.equals(other.accountId) : name.equalsIgnoreCase(other.name);
		}

	}

}
