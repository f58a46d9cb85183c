package kg.omb.association.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/**
 * A member of an association (§2, §16) for a term, approved by an act of the base organisation. A person may sit
 * in several associations, each a member of its own. Leaving ends the membership; the record stays as history.
 */
@Entity
@Table(name = "association_member")
public class Member extends BaseEntity {

	@Column(name = "association_id", nullable = false)
	private long associationId;

	@Column(name = "person_name", nullable = false)
	private String personName;

	private @Nullable String email;

	@Column(name = "account_id")
	private @Nullable Long accountId;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(nullable = false)
	private String position;

	@Enumerated(EnumType.STRING)
	@Column(name = "stakeholder_kind", nullable = false)
	private StakeholderKind stakeholderKind;

	@Column(name = "section_id")
	private @Nullable Long sectionId;

	@Enumerated(EnumType.STRING)
	@Column(name = "member_role", nullable = false)
	private MemberRole role;

	@Column(name = "term_from", nullable = false)
	private LocalDate termFrom;

	@Column(name = "term_to")
	private @Nullable LocalDate termTo;

	@Column(name = "act_id", nullable = false)
	private long actId;

	@Column(name = "ended_on")
	private @Nullable LocalDate endedOn;

	@Column(name = "ending_act_id")
	private @Nullable Long endingActId;

	protected Member() {
		this.personName = "";
		this.position = "";
		this.stakeholderKind = StakeholderKind.OTHER_STAKEHOLDER;
		this.role = MemberRole.MEMBER;
		this.termFrom = LocalDate.EPOCH;
	}

	Member(long associationId, MemberDetails details, long actId, LocalDate termFrom) {
		if (details.termTo() != null && !details.termTo().isAfter(termFrom)) {
			throw new DomainException("association.error.term-ends-before-start");
		}
		this.associationId = associationId;
		this.personName = details.personName();
		this.email = details.email();
		this.accountId = details.accountId();
		this.organizationId = details.organizationId();
		this.position = details.position();
		this.stakeholderKind = details.stakeholderKind();
		this.sectionId = details.sectionId();
		this.role = details.role();
		this.termFrom = termFrom;
		this.termTo = details.termTo();
		this.actId = actId;
	}

	/** Ends the membership on the day of the base organisation's act. */
	void end(long act, LocalDate on) {
		if (!isCurrentOn(on)) {
			throw new DomainException("association.error.member-not-current");
		}
		this.endedOn = on;
		this.endingActId = act;
	}

	/** A member in office on the day: the term has begun, has not run out, and the membership was not ended. */
	public boolean isCurrentOn(LocalDate day) {
		return !termFrom.isAfter(day) && (termTo == null || day.isBefore(termTo))
				&& (endedOn == null || day.isBefore(endedOn));
	}

	public long getAssociationId() {
		return associationId;
	}

	public String getPersonName() {
		return personName;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public @Nullable Long getAccountId() {
		return accountId;
	}

	public long getOrganizationId() {
		return organizationId;
	}

	public String getPosition() {
		return position;
	}

	public StakeholderKind getStakeholderKind() {
		return stakeholderKind;
	}

	public @Nullable Long getSectionId() {
		return sectionId;
	}

	public MemberRole getRole() {
		return role;
	}

	public LocalDate getTermFrom() {
		return termFrom;
	}

	public @Nullable LocalDate getTermTo() {
		return termTo;
	}

	public long getActId() {
		return actId;
	}

	public @Nullable LocalDate getEndedOn() {
		return endedOn;
	}

	public @Nullable Long getEndingActId() {
		return endingActId;
	}

}
