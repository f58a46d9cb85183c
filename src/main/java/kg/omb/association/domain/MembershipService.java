package kg.omb.association.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.MembershipChanged;
import kg.omb.audit.AuditLog;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.Directory;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.shared.Actor;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.Strings;

/**
 * Membership (§2, §16): the head of an education organisation proposes to add or remove their staff; the chair
 * accepts or rejects with a reason; the change takes effect when the base organisation's act is recorded, and the
 * member's platform role comes or goes with it.
 */
@Service
@Transactional
public class MembershipService {

	private final Versions versions;

	private static final List<ProposalStatus> OPEN = List.of(ProposalStatus.PENDING, ProposalStatus.ACCEPTED);

	private final AssociationLifecycle lifecycle;

	private final ProposalRepository proposals;

	private final MemberRepository members;

	private final SectionRepository sections;

	private final AssociationAccess access;

	private final Directory directory;

	private final LegalActs acts;

	private final Accounts accounts;

	private final StructureRoles roles;

	private final StructureHistory history;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MembershipService(AssociationLifecycle lifecycle, ProposalRepository proposals, MemberRepository members,
			SectionRepository sections, AssociationAccess access, Directory directory, LegalActs acts,
			Accounts accounts, StructureRoles roles, StructureHistory history, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, Versions versions) {
		this.versions = versions;
		this.lifecycle = lifecycle;
		this.proposals = proposals;
		this.members = members;
		this.sections = sections;
		this.access = access;
		this.directory = directory;
		this.acts = acts;
		this.accounts = accounts;
		this.roles = roles;
		this.history = history;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Proposes a person of the organisation as a member. A person with an account is named by their e-mail; the
	 * account then receives the member's role when the membership takes effect.
	 */
	public long proposeMember(long associationId, MemberDetails details, @Nullable String justification) {
		Association association = lifecycle.find(associationId);
		association.requireActive();
		access.require(access.represents(details.organizationId()) || access.keepsRecords(associationId));
		directory.organization(details.organizationId())
			.orElseThrow(() -> new DomainException("association.error.organization-unknown"));
		MemberDetails resolved = withAccount(details);
		if (resolved.sectionId() != null) {
			sections.findById(resolved.sectionId())
				.filter(section -> section.getAssociationId() == associationId && section.isOpen())
				.orElseThrow(() -> new DomainException("association.error.section-not-found"));
		}
		if (isCurrentMember(associationId, resolved)) {
			throw new DomainException("association.error.already-member");
		}
		Actor actor = Actor.current();
		MembershipProposal proposal = proposals.save(MembershipProposal.toAdd(associationId, resolved,
				Strings.blankToNull(justification), Objects.requireNonNull(actor.accountId()), actor.name()));
		audit.record("association.member-proposed", "association", associationId,
				Map.of("proposalId", proposal.id(), "person", resolved.personName()));
		return proposal.id();
	}

	/** Proposes to remove a member; the member's organisation proposes it, or the association itself. */
	public long proposeRemoval(long memberId, @Nullable String justification) {
		Member member = findMember(memberId);
		lifecycle.find(member.getAssociationId()).requireActive();
		access.require(access.represents(member.getOrganizationId()) || access.keepsRecords(member.getAssociationId()));
		if (member.getEndedOn() != null) {
			throw new DomainException("association.error.member-not-current");
		}
		if (proposals.existsByAssociationIdAndMemberIdAndStatusIn(member.getAssociationId(), memberId, OPEN)) {
			throw new DomainException("association.error.removal-already-proposed");
		}
		Actor actor = Actor.current();
		MembershipProposal proposal = proposals.save(MembershipProposal.toRemove(member, Strings.blankToNull(justification),
				Objects.requireNonNull(actor.accountId()), actor.name()));
		audit.record("association.removal-proposed", "association", member.getAssociationId(),
				Map.of("proposalId", proposal.id(), "memberId", memberId));
		return proposal.id();
	}

	public void accept(long proposalId, long expectedVersion) {
		MembershipProposal proposal = versions.require(findProposal(proposalId), expectedVersion);
		access.require(access.chairs(proposal.getAssociationId()));
		proposal.accept(Objects.requireNonNull(Actor.current().accountId()), Instant.now(clock));
		audit.record("association.proposal-accepted", "association", proposal.getAssociationId(),
				Map.of("proposalId", proposalId));
	}

	public void reject(long proposalId, long expectedVersion, String reason) {
		MembershipProposal proposal = versions.require(findProposal(proposalId), expectedVersion);
		access.require(access.chairs(proposal.getAssociationId()));
		proposal.reject(Objects.requireNonNull(Actor.current().accountId()), reason, Instant.now(clock));
		audit.record("association.proposal-rejected", "association", proposal.getAssociationId(),
				Map.of("proposalId", proposalId, "reason", reason.strip()));
	}

	/**
	 * Records the base organisation's act that approves the accepted proposals (one order usually approves many):
	 * from the act's day the people proposed are members, or the members proposed for removal have left.
	 */
	public void recordAct(long associationId, Collection<Long> proposalIds, long actId) {
		Association association = lifecycle.find(associationId);
		association.requireActive();
		access.require(access.keepsRecords(associationId));
		if (proposalIds.isEmpty()) {
			throw new DomainException("association.error.no-proposals-chosen");
		}
		LegalActView act = acts.requireIssuedBy(actId, ActIssuer.organization(association.baseOrganizationId()));
		List<MembershipProposal> chosen = new ArrayList<>();
		for (long proposalId : proposalIds) {
			MembershipProposal proposal = findProposal(proposalId);
			if (proposal.getAssociationId() != associationId) {
				throw new NotFoundException("association.error.proposal-not-found");
			}
			chosen.add(proposal);
		}
		for (MembershipProposal proposal : chosen) {
			proposal.takeEffect(act.id());
			if (proposal.getKind() == ProposalKind.ADD) {
				join(proposal, act);
			}
			else {
				leave(proposal, act);
			}
		}
	}

	private void join(MembershipProposal proposal, LegalActView act) {
		Member member = members.save(proposal.newMember(act.id(), act.effectiveOn()));
		roles.memberJoined(member);
		history.ofAssociation(member.getAssociationId(), ChangeKind.MEMBER_JOINED,
				StructureHistory.person(member.getPersonName()), act.effectiveOn(), act.id());
		audit.record("association.member-joined", "association", member.getAssociationId(),
				Map.of("memberId", member.id(), "proposalId", proposal.id(), "actId", act.id()));
		events.publishEvent(new MembershipChanged(member.getAssociationId(), member.id(), true, act.id()));
	}

	private void leave(MembershipProposal proposal, LegalActView act) {
		Member member = findMember(Objects.requireNonNull(proposal.getMemberId()));
		member.end(act.id(), act.effectiveOn());
		roles.memberLeft(member);
		history.ofAssociation(member.getAssociationId(), ChangeKind.MEMBER_LEFT,
				StructureHistory.person(member.getPersonName()), act.effectiveOn(), act.id());
		audit.record("association.member-left", "association", member.getAssociationId(),
				Map.of("memberId", member.id(), "proposalId", proposal.id(), "actId", act.id()));
		events.publishEvent(new MembershipChanged(member.getAssociationId(), member.id(), false, act.id()));
	}

	/** Links the account named by the e-mail, if there is one; an unknown e-mail is kept for the record only. */
	private MemberDetails withAccount(MemberDetails details) {
		if (details.accountId() != null) {
			return details;
		}
		String email = Strings.blankToNull(details.email());
		Long accountId = email == null ? null
				: accounts.findByEmail(email).filter(AccountView::active).map(AccountView::id).orElse(null);
		return new MemberDetails(details.personName().strip(), email, accountId, details.organizationId(),
				details.position().strip(), details.stakeholderKind(), details.sectionId(), details.role(),
				details.termTo());
	}

	private boolean isCurrentMember(long associationId, MemberDetails details) {
		LocalDate today = today();
		return members.findByAssociationIdOrderByPersonNameAsc(associationId)
			.stream()
			.filter(member -> member.isCurrentOn(today) || member.getTermFrom().isAfter(today))
			.anyMatch(member -> details.accountId() != null ? details.accountId().equals(member.getAccountId())
					: member.getPersonName().equalsIgnoreCase(details.personName())
							&& member.getOrganizationId() == details.organizationId());
	}

	private LocalDate today() {
		return Bishkek.today(clock);
	}

	private MembershipProposal findProposal(long id) {
		return proposals.findById(id).orElseThrow(() -> new NotFoundException("association.error.proposal-not-found"));
	}

	private Member findMember(long id) {
		return members.findById(id).orElseThrow(() -> new NotFoundException("association.error.member-not-found"));
	}

}
