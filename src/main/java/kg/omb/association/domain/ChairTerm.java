package kg.omb.association.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A chair's term (§14): the person (an account), their position at the base organisation, the act that confirmed
 * them and, once over, the day and act that ended it.
 */
@Entity
@Table(name = "association_chair_term")
public class ChairTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "association_id")
	private Association association;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "person_name", nullable = false)
	private String personName;

	@Column(nullable = false)
	private String position;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(name = "from_date", nullable = false)
	private LocalDate fromDate;

	@Column(name = "to_date")
	private @Nullable LocalDate toDate;

	@Column(name = "act_id", nullable = false)
	private long actId;

	@Column(name = "ending_act_id")
	private @Nullable Long endingActId;

	protected ChairTerm() {
		this.association = null;
		this.personName = "";
		this.position = "";
		this.fromDate = LocalDate.EPOCH;
	}

	ChairTerm(Association association, long accountId, String personName, String position, long organizationId,
			LocalDate fromDate, long actId) {
		this.association = association;
		this.accountId = accountId;
		this.personName = personName;
		this.position = position;
		this.organizationId = organizationId;
		this.fromDate = fromDate;
		this.actId = actId;
	}

	void end(LocalDate on, long actId) {
		if (toDate == null) {
			this.toDate = on;
			this.endingActId = actId;
		}
	}

	public boolean isCurrent() {
		return toDate == null;
	}

	public @Nullable Long getId() {
		return id;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getPersonName() {
		return personName;
	}

	public String getPosition() {
		return position;
	}

	public long getOrganizationId() {
		return organizationId;
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

	public @Nullable Long getEndingActId() {
		return endingActId;
	}

}
