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

/** A period during which an organisation was the association's base (§14, §20), and the act that made it so. */
@Entity
@Table(name = "association_base_term")
public class BaseOrganizationTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "association_id")
	private Association association;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(name = "from_date", nullable = false)
	private LocalDate fromDate;

	@Column(name = "to_date")
	private @Nullable LocalDate toDate;

	@Column(name = "act_id", nullable = false)
	private long actId;

	protected BaseOrganizationTerm() {
		this.association = null;
		this.fromDate = LocalDate.EPOCH;
	}

	BaseOrganizationTerm(Association association, long organizationId, LocalDate fromDate, long actId) {
		this.association = association;
		this.organizationId = organizationId;
		this.fromDate = fromDate;
		this.actId = actId;
	}

	void end(LocalDate on) {
		if (toDate == null) {
			this.toDate = on;
		}
	}

	public @Nullable Long getId() {
		return id;
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

}
