package kg.omb.association.domain;

import java.time.Instant;
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
 * A proposal to change an association's membership (§16), made by the head of an education organisation (or by
 * the association itself) for that organisation's staff. The chair accepts or rejects it with a reason; an
 * accepted proposal takes effect when the base organisation's act is recorded.
 */
@Entity
@Table(name = "association_membership_proposal")
public class MembershipProposal extends BaseEntity {

	@Column(name = "association_id", nullable = false)
	private long associationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProposalKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProposalStatus status = ProposalStatus.PENDING;

	@Column(name = "member_id")
	private @Nullable Long memberId;

	@Column(name = "person_name", nullable = false)
	private String personName;

	private @Nullable String email;

	@Column(name = "account_id")
	private @Nullable Long accountId;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	private @Nullable String position;

	@Enumerated(EnumType.STRING)
	@Column(name = "stakeholder_kind")
	private @Nullable StakeholderKind stakeholderKind;

	@Column(name = "section_id")
	private @Nullable Long sectionId;

	@Enumerated(EnumType.STRING)
	@Column(name = "member_role")
	private @Nullable MemberRole role;

	@Column(name = "term_to")
	private @Nullable LocalDate termTo;

	private @Nullable String justification;

	@Column(name = "proposed_by", nullable = false)
	private long proposedBy;

	@Column(name = "proposed_by_name", nullable = false)
	private String proposedByName;

	@Column(name = "decided_by")
	private @Nullable Long decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "rejection_reason")
	private @Nullable String rejectionReason;

	@Column(name = "act_id")
	private @Nullable Long actId;

	protected MembershipProposal() {
		this.kind = ProposalKind.ADD;
		this.personName = "";
		this.proposedByName = "";
	}

	private MembershipProposal(long associationId, ProposalKind kind, String personName, long organizationId,
			@Nullable String justification, long proposedBy, String proposedByName) {
		this.associationId = associationId;
		this.kind = kind;
		this.personName = personName;
		this.organizationId = organizationId;
		this.justification = justification;
		this.proposedBy = proposedBy;
		this.proposedByName = proposedByName;
	}

	public static MembershipProposal toAdd(long associationId, MemberDetails details, @Nullable String justification,
			long proposedBy, String proposedByName) {
		var proposal = new MembershipProposal(associationId, ProposalKind.ADD, details.personName(),
				details.organizationId(), justification, proposedBy, proposedByName);
		proposal.email = details.email();
		proposal.accountId = details.accountId();
		proposal.position = details.position();
		proposal.stakeholderKind = details.stakeholderKind();
		proposal.sectionId = details.sectionId();
		proposal.role = details.role();
		proposal.termTo = details.termTo();
		return proposal;
	}

	public static MembershipProposal toRemove(Member member, @Nullable String justification, long proposedBy,
			String proposedByName) {
		var proposal = new MembershipProposal(member.getAssociationId(), ProposalKind.REMOVE, member.getPersonName(),
				member.getOrganizationId(), justification, proposedBy, proposedByName);
		proposal.memberId = member.id();
		return proposal;
	}

	public void accept(long chair, Instant now) {
		requireStatus(ProposalStatus.PENDING);
		this.status = ProposalStatus.ACCEPTED;
		this.decidedBy = chair;
		this.decidedAt = now;
	}

	public void reject(long chair, String reason, Instant now) {
		requireStatus(ProposalStatus.PENDING);
		if (reason.isBlank()) {
			throw new DomainException("association.error.reason-required");
		}
		this.status = ProposalStatus.REJECTED;
		this.decidedBy = chair;
		this.decidedAt = now;
		this.rejectionReason = reason.strip();
	}

	/** The base organisation's act was recorded: the proposal is in effect from the act's day. */
	void takeEffect(long act) {
		requireStatus(ProposalStatus.ACCEPTED);
		this.status = ProposalStatus.IN_EFFECT;
		this.actId = act;
	}

	/** The member this proposal adds, as the act makes them. */
	Member newMember(long act, LocalDate from) {
		if (kind != ProposalKind.ADD || position == null || stakeholderKind == null || role == null) {
			throw new IllegalStateException("Only a proposal to add makes a member");
		}
		return new Member(associationId, new MemberDetails(personName, email, accountId, organizationId, position,
				stakeholderKind, sectionId, role, termTo), act, from);
	}

	private void requireStatus(ProposalStatus expected) {
		if (status != expected) {
			throw new DomainException("association.error.proposal-" + expected.name().toLowerCase() + "-only");
		}
	}

	public long getAssociationId() {
		return associationId;
	}

	public ProposalKind getKind() {
		return kind;
	}

	public ProposalStatus getStatus() {
		return status;
	}

	public @Nullable Long getMemberId() {
		return memberId;
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

	public @Nullable String getPosition() {
		return position;
	}

	public @Nullable StakeholderKind getStakeholderKind() {
		return stakeholderKind;
	}

	public @Nullable Long getSectionId() {
		return sectionId;
	}

	public @Nullable MemberRole getRole() {
		return role;
	}

	public @Nullable LocalDate getTermTo() {
		return termTo;
	}

	public @Nullable String getJustification() {
		return justification;
	}

	public long getProposedBy() {
		return proposedBy;
	}

	public String getProposedByName() {
		return proposedByName;
	}

	public @Nullable Instant getDecidedAt() {
		return decidedAt;
	}

	public @Nullable String getRejectionReason() {
		return rejectionReason;
	}

	public @Nullable Long getActId() {
		return actId;
	}

}
