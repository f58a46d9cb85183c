package kg.omb.association.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.AssociationCreated;
import kg.omb.association.AssociationStatus;
import kg.omb.association.ChairConfirmed;
import kg.omb.audit.AuditLog;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.Directory;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.OrganizationView;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * The life of an association as its authority shapes it (§3, §14, §20): created at a base organisation for its
 * enlarged groups, its chair confirmed, its functions transferred, reorganised or dissolved; and a special-status
 * university's own association (§25). Each change rests on a legal act of the right issuer, is written to the
 * association's history, audited, and brings the chair's role with it.
 */
@Service
@Transactional
public class AssociationLifecycle {

	private final Versions versions;

	private final AssociationRepository associations;

	private final AssociationAccess access;

	private final Directory directory;

	private final LegalActs acts;

	private final Accounts accounts;

	private final StructureRoles roles;

	private final StructureHistory history;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final AssociationSearchEntries search;

	AssociationLifecycle(AssociationRepository associations, AssociationAccess access, Directory directory,
			LegalActs acts, Accounts accounts, StructureRoles roles, StructureHistory history, AuditLog audit,
			ApplicationEventPublisher events, Versions versions, AssociationSearchEntries search) {
		this.search = search;
		this.versions = versions;
		this.associations = associations;
		this.access = access;
		this.directory = directory;
		this.acts = acts;
		this.accounts = accounts;
		this.roles = roles;
		this.history = history;
		this.audit = audit;
		this.events = events;
	}

	public long create(Commands.CreateAssociation command) {
		access.require(access.governsAuthority(command.authorityId()));
		LegalActView act = acts.requireIssuedBy(command.actId(), ActIssuer.authority(command.authorityId()));
		OrganizationView base = requireBase(command.baseOrganizationId());
		requireGroups(command.groupCodes(), act, true);
		Association association = associations.save(Association.establish(command.name(), command.authorityId(),
				command.groupCodes(), base.id(), act.id(), act.effectiveOn()));
		history.ofAssociation(association.id(), ChangeKind.CREATED, association.getName(), act.effectiveOn(), act.id());
		audit.record("association.created", "association", association.id(),
				Map.of("baseOrganizationId", base.id(), "actId", act.id(), "groups", List.copyOf(command.groupCodes())));
		search.refresh(association.id());
		events.publishEvent(new AssociationCreated(association.id(), base.id(), act.id()));
		return association.id();
	}

	public long registerOwn(Commands.RegisterOwnAssociation command) {
		access.require(access.represents(command.universityId()));
		OrganizationView university = requireBase(command.universityId());
		if (!university.specialStatus()) {
			throw new DomainException("association.error.not-special-status");
		}
		LegalActView charter = acts.requireIssuedBy(command.charterActId(), ActIssuer.organization(university.id()));
		requireGroups(command.groupCodes(), charter, false);
		Association association = associations.save(Association.ownOfSpecialStatusUniversity(command.name(),
				command.groupCodes(), university.id(), charter.id(), charter.effectiveOn()));
		history.ofAssociation(association.id(), ChangeKind.SPECIAL_STATUS_REGISTERED, association.getName(),
				charter.effectiveOn(), charter.id());
		audit.record("association.registered", "association", association.id(),
				Map.of("universityId", university.id(), "actId", charter.id()));
		search.refresh(association.id());
		events.publishEvent(new AssociationCreated(association.id(), university.id(), charter.id()));
		return association.id();
	}

	public void confirmChair(long associationId, long expectedVersion, Commands.ConfirmChair command) {
		Association association = governed(associationId, expectedVersion);
		LegalActView act = requireGoverningAct(association, command.actId());
		AccountView person = accounts.find(command.accountId())
			.filter(AccountView::active)
			.orElseThrow(() -> new DomainException("association.error.account-unknown"));
		if (command.position().isBlank()) {
			throw new DomainException("association.error.position-required");
		}
		association.confirmChair(person.id(), person.displayName(), command.position().strip(), act.id(),
				act.effectiveOn()).ifPresent(previous -> roles.chairLeft(association, previous));
		roles.chairConfirmed(association, person.id(), act.id(), act.effectiveOn());
		history.ofAssociation(associationId, ChangeKind.CHAIR_CONFIRMED, StructureHistory.person(person.displayName()),
				act.effectiveOn(), act.id());
		audit.record("association.chair-confirmed", "association", associationId,
				Map.of("accountId", person.id(), "actId", act.id()));
		search.refresh(associationId);
		events.publishEvent(new ChairConfirmed(associationId, person.id(), act.id()));
	}

	public void endChairTerm(long associationId, long expectedVersion, long actId) {
		Association association = governed(associationId, expectedVersion);
		LegalActView act = requireGoverningAct(association, actId);
		ChairTerm ended = association.endChairTerm(act.id(), act.effectiveOn());
		roles.chairLeft(association, ended);
		history.ofAssociation(associationId, ChangeKind.CHAIR_TERM_ENDED,
				StructureHistory.person(ended.getPersonName()), act.effectiveOn(), act.id());
		audit.record("association.chair-term-ended", "association", associationId,
				Map.of("accountId", ended.getAccountId(), "actId", act.id()));
		search.refresh(associationId);
	}

	/** Transfers the association's functions to another organisation (§20); the chair's term ends with it. */
	public void transfer(long associationId, long expectedVersion, long organizationId, long actId) {
		Association association = governed(associationId, expectedVersion);
		if (association.isSpecialStatus()) {
			throw new DomainException("association.error.special-status-no-transfer");
		}
		LegalActView act = requireGoverningAct(association, actId);
		OrganizationView base = requireBase(organizationId);
		var chair = association.currentChair();
		association.transferTo(base.id(), act.id(), act.effectiveOn());
		chair.ifPresent(previous -> roles.chairLeft(association, previous));
		history.ofAssociation(associationId, ChangeKind.BASE_TRANSFERRED, base.name(), act.effectiveOn(), act.id());
		audit.record("association.transferred", "association", associationId,
				Map.of("organizationId", base.id(), "actId", act.id()));
		search.refresh(associationId);
	}

	public void reorganise(long associationId, long expectedVersion, @Nullable Long successorId, long actId) {
		Association association = governed(associationId, expectedVersion);
		LegalActView act = requireGoverningAct(association, actId);
		if (successorId != null) {
			Association successor = associations.findById(successorId)
				.filter(Association::isActive)
				.orElseThrow(() -> new DomainException("association.error.successor-unknown"));
			if (successor.id() == associationId) {
				throw new DomainException("association.error.successor-unknown");
			}
		}
		var chair = association.currentChair();
		association.reorganise(successorId, act.id(), act.effectiveOn());
		closed(association, chair, ChangeKind.REORGANISED, act);
	}

	public void dissolve(long associationId, long expectedVersion, long actId) {
		Association association = governed(associationId, expectedVersion);
		LegalActView act = requireGoverningAct(association, actId);
		var chair = association.currentChair();
		association.dissolve(act.id(), act.effectiveOn());
		closed(association, chair, ChangeKind.DISSOLVED, act);
	}

	public void changeContacts(long associationId, long expectedVersion, Contacts contacts) {
		Association association = versions.require(find(associationId), expectedVersion);
		access.require(access.governs(association) || access.keepsRecords(associationId));
		association.changeContacts(contacts);
		audit.record("association.contacts-changed", "association", associationId);
	}

	private void closed(Association association, Optional<ChairTerm> chair, ChangeKind kind,
			LegalActView act) {
		chair.ifPresent(previous -> roles.chairLeft(association, previous));
		roles.associationClosed(association, act.effectiveOn());
		history.ofAssociation(association.id(), kind, association.getName(), act.effectiveOn(), act.id());
		audit.record("association." + kind.name().toLowerCase(), "association", association.id(),
				Map.of("actId", act.id(), "status", association.getStatus().name()));
		search.refresh(association.id());
	}

	Association find(long associationId) {
		return associations.findById(associationId)
			.orElseThrow(() -> new NotFoundException("association.error.not-found"));
	}

	private Association governed(long associationId, long expectedVersion) {
		Association association = find(associationId);
		access.require(access.governs(association));
		return versions.require(association, expectedVersion);
	}

	/** The authority's act, or for a special-status university's association the university's own. */
	private LegalActView requireGoverningAct(Association association, long actId) {
		ActIssuer issuer = association.isSpecialStatus() ? ActIssuer.organization(association.baseOrganizationId())
				: ActIssuer.authority(Objects.requireNonNull(association.getAuthorityId()));
		return acts.requireIssuedBy(actId, issuer);
	}

	/** §14: the base is a higher-education organisation; §17: a special-status one may be too. */
	private OrganizationView requireBase(long organizationId) {
		OrganizationView organization = directory.organization(organizationId)
			.orElseThrow(() -> new DomainException("association.error.organization-unknown"));
		if (organization.kind() != OrganizationKind.UNIVERSITY) {
			throw new DomainException("association.error.base-not-university");
		}
		return organization;
	}

	/** Each code is an enlarged group in force on the act's day and, for an authority's OMB, has no OMB yet (§14). */
	private void requireGroups(Set<String> groupCodes, LegalActView act, boolean onePerGroup) {
		if (groupCodes.isEmpty()) {
			throw new DomainException("association.error.groups-required");
		}
		for (String code : groupCodes) {
			if (directory.requireUsable(code, act.effectiveOn()).kind() != ClassifierKind.GROUP) {
				throw new DomainException("association.error.not-a-group", code);
			}
		}
		if (onePerGroup) {
			associations.findByStatusCoveringAnyGroup(AssociationStatus.ACTIVE, groupCodes)
				.stream()
				.filter(existing -> !existing.isSpecialStatus())
				.findFirst()
				.ifPresent(existing -> {
					String taken = existing.getGroupCodes().stream().filter(groupCodes::contains).findFirst().orElse("");
					throw new DomainException("association.error.group-taken", taken);
				});
		}
	}

}
