package kg.omb.association.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationLevelView;
import kg.omb.directory.EducationSector;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.OrganizationView;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.shared.Actor;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;

/**
 * The inner structure the chair determines (§15, §18-19, §21): sections for directions or specialties at leading
 * organisations, their heads and subsections by level, creative working groups, and the versions of the bylaws.
 * Sections and bylaws rest on an act of the base organisation or of the authority.
 */
@Service
@Transactional
public class StructureService {

	private final Versions versions;

	private final AssociationLifecycle lifecycle;

	private final SectionRepository sections;

	private final WorkingGroupRepository workingGroups;

	private final BylawsRepository bylaws;

	private final AssociationAccess access;

	private final Directory directory;

	private final LegalActs acts;

	private final Accounts accounts;

	private final StructureRoles roles;

	private final StructureHistory history;

	private final AuditLog audit;

	private final Clock clock;

	private final AssociationSearchEntries search;

	StructureService(AssociationLifecycle lifecycle, SectionRepository sections, WorkingGroupRepository workingGroups,
			BylawsRepository bylaws, AssociationAccess access, Directory directory, LegalActs acts, Accounts accounts,
			StructureRoles roles, StructureHistory history, AuditLog audit, Clock clock, Versions versions, AssociationSearchEntries search) {
		this.search = search;
		this.versions = versions;
		this.lifecycle = lifecycle;
		this.sections = sections;
		this.workingGroups = workingGroups;
		this.bylaws = bylaws;
		this.access = access;
		this.directory = directory;
		this.acts = acts;
		this.accounts = accounts;
		this.roles = roles;
		this.history = history;
		this.audit = audit;
		this.clock = clock;
	}

	public long createSection(long associationId, Commands.NewSection command) {
		Association association = shaped(associationId);
		LegalActView act = requireStructuralAct(association, command.actId());
		for (String code : command.classifierCodes()) {
			requireWithinGroups(association, directory.requireUsable(code, act.effectiveOn()));
		}
		OrganizationView leading = directory.organization(command.leadingOrganizationId())
			.filter(organization -> organization.kind().teaches())
			.orElseThrow(() -> new DomainException("association.error.leading-not-teaching"));
		Section section = sections.save(new Section(associationId, command.name(), command.classifierCodes(),
				leading.id(), act.id(), act.effectiveOn()));
		history.ofAssociation(associationId, ChangeKind.SECTION_CREATED, section.getName(), act.effectiveOn(), act.id());
		audit.record("association.section-created", "association", associationId,
				Map.of("sectionId", section.id(), "actId", act.id()));
		head(command.headAccountId(), command.headName())
			.ifPresent(head -> appoint(association, section, head, act.id(), act.effectiveOn()));
		search.refresh(associationId);
		return section.id();
	}

	/** Appoints the section's head by an act, which the appointment must cite; the previous head's role ends. */
	public void appointSectionHead(long sectionId, long expectedVersion, @Nullable Long actId,
			@Nullable Long headAccountId, @Nullable String headName) {
		Section section = versions.require(findSection(sectionId), expectedVersion);
		Association association = shaped(section.getAssociationId());
		LegalActView act = requireStructuralAct(association, requireCited(actId));
		Head head = head(headAccountId, headName).orElseThrow(() -> new DomainException("association.error.head-required"));
		appoint(association, section, head, act.id(), act.effectiveOn());
	}

	public void addSubsection(long sectionId, long expectedVersion, Commands.NewSubsection command) {
		Section section = versions.require(findSection(sectionId), expectedVersion);
		LegalActView act = requireStructuralAct(shaped(section.getAssociationId()), requireCited(command.actId()));
		EducationLevelView level = directory.levels()
			.stream()
			.filter(candidate -> candidate.code().equals(command.levelCode()))
			.findFirst()
			.orElseThrow(() -> new DomainException("association.error.level-unknown"));
		Subsection subsection = section.addSubsection(level.code(), command.name(),
				head(command.headAccountId(), command.headName()).orElse(null));
		if (level.sector() == EducationSector.SECONDARY_VOCATIONAL && section.getCentreOrganizationId() == null) {
			scientificMethodologicalCentre().ifPresent(section::involveCentre);
		}
		sections.save(section);
		history.ofAssociation(section.getAssociationId(), ChangeKind.SUBSECTION_CREATED, subsection.getName(),
				act.effectiveOn(), act.id());
		audit.record("association.subsection-created", "association", section.getAssociationId(),
				Map.of("sectionId", sectionId, "level", level.code(), "actId", act.id()));
	}

	public void closeSection(long sectionId, long expectedVersion, long actId) {
		Section section = versions.require(findSection(sectionId), expectedVersion);
		Association association = shaped(section.getAssociationId());
		LegalActView act = requireStructuralAct(association, actId);
		section.close(act.id(), act.effectiveOn()).ifPresent(head -> roles.headLeft(section, head, act.effectiveOn()));
		history.ofAssociation(association.id(), ChangeKind.SECTION_CLOSED, section.getName(), act.effectiveOn(),
				act.id());
		search.refresh(association.id());
		audit.record("association.section-closed", "association", association.id(),
				Map.of("sectionId", sectionId, "actId", act.id()));
	}

	public long createWorkingGroup(long associationId, LocalizedText name, String task, LocalDate deadline) {
		Association association = recorded(associationId);
		WorkingGroup group = workingGroups
			.save(new WorkingGroup(association.id(), name, task, deadline, Bishkek.today(clock)));
		audit.record("association.working-group-created", "association", associationId,
				Map.of("workingGroupId", group.id()));
		return group.id();
	}

	public void addParticipant(long workingGroupId, long expectedVersion, WorkingGroup.Participant participant) {
		WorkingGroup group = versions.require(findWorkingGroup(workingGroupId), expectedVersion);
		recorded(group.getAssociationId());
		directory.organization(participant.organizationId())
			.orElseThrow(() -> new DomainException("association.error.organization-unknown"));
		group.add(participant);
		workingGroups.save(group);
		audit.record("association.working-group-joined", "association", group.getAssociationId(),
				Map.of("workingGroupId", workingGroupId, "person", participant.personName()));
	}

	public void completeWorkingGroup(long workingGroupId, long expectedVersion) {
		WorkingGroup group = versions.require(findWorkingGroup(workingGroupId), expectedVersion);
		recorded(group.getAssociationId());
		group.complete(Bishkek.today(clock));
		audit.record("association.working-group-completed", "association", group.getAssociationId(),
				Map.of("workingGroupId", workingGroupId));
	}

	/** Records the next version of the bylaws; earlier versions stay as they were. */
	public long adoptBylaws(long associationId, Commands.NewBylaws command) {
		Association association = recorded(associationId);
		LegalActView act = requireStructuralAct(association, command.actId());
		if (command.summary().isBlank() || command.content().isBlank()) {
			throw new DomainException("association.error.bylaws-incomplete");
		}
		int number = bylaws.findFirstByAssociationIdOrderByNumberDesc(associationId)
			.map(BylawsVersion::getNumber)
			.orElse(0) + 1;
		BylawsVersion version = bylaws.save(new BylawsVersion(associationId, number, command.summary().strip(),
				command.content().strip(), command.fileId(), act.effectiveOn(), act.id(), Actor.current().accountId(),
				Instant.now(clock)));
		history.ofAssociation(associationId, ChangeKind.BYLAWS_ADOPTED,
				LocalizedText.of(String.valueOf(number), String.valueOf(number), String.valueOf(number)),
				act.effectiveOn(), act.id());
		audit.record("association.bylaws-adopted", "association", associationId,
				Map.of("number", number, "actId", act.id()));
		return version.id();
	}

	private void appoint(Association association, Section section, Head head, long actId, LocalDate on) {
		section.appointHead(head).ifPresent(previous -> roles.headLeft(section, previous, on));
		sections.save(section);
		roles.headAppointed(section, head, actId, on);
		history.ofAssociation(association.id(), ChangeKind.SECTION_HEAD_APPOINTED,
				StructureHistory.person(head.name() == null ? "" : head.name()), on, actId);
		audit.record("association.section-head-appointed", "association", association.id(),
				Map.of("sectionId", section.id(), "head", head.name() == null ? "" : head.name(), "actId", actId));
	}

	/** A head named by account (their display name is used) or, for someone without one, by name alone. */
	private Optional<Head> head(@Nullable Long accountId, @Nullable String name) {
		if (accountId != null) {
			AccountView account = accounts.find(accountId)
				.filter(AccountView::active)
				.orElseThrow(() -> new DomainException("association.error.account-unknown"));
			return Optional.of(new Head(account.id(), account.displayName()));
		}
		return name == null || name.isBlank() ? Optional.empty() : Optional.of(new Head(null, name.strip()));
	}

	/** A section's code is a direction or specialty inside one of the association's enlarged groups. */
	private void requireWithinGroups(Association association, ClassifierEntryView entry) {
		if (entry.kind() == ClassifierKind.GROUP) {
			throw new DomainException("association.error.section-code-is-group", entry.code());
		}
		Set<String> groups = association.getGroupCodes();
		ClassifierEntryView current = entry;
		for (int depth = 0; depth < 3 && current.parentCode() != null; depth++) {
			if (groups.contains(current.parentCode())) {
				return;
			}
			current = directory.classifierEntry(current.parentCode()).orElse(null);
			if (current == null) {
				break;
			}
		}
		throw new DomainException("association.error.code-outside-groups", entry.code());
	}

	private Optional<Long> scientificMethodologicalCentre() {
		return directory.organizations()
			.stream()
			.filter(organization -> organization.kind() == OrganizationKind.SCIENTIFIC_METHODOLOGICAL_CENTRE)
			.map(OrganizationView::id)
			.findFirst();
	}

	/** Every structural change cites its act; a form sent without one is refused with a message. */
	private static long requireCited(@Nullable Long actId) {
		if (actId == null) {
			throw new DomainException("association.error.act-required");
		}
		return actId;
	}

	private LegalActView requireStructuralAct(Association association, long actId) {
		ActIssuer base = ActIssuer.organization(association.baseOrganizationId());
		Long authority = association.getAuthorityId();
		return authority == null ? acts.requireIssuedBy(actId, base)
				: acts.requireIssuedBy(actId, base, ActIssuer.authority(authority));
	}

	/** An active association whose structure the person may shape: its chair (or an administrator). */
	private Association shaped(long associationId) {
		Association association = lifecycle.find(associationId);
		access.require(access.chairs(associationId));
		association.requireActive();
		return association;
	}

	/** An active association whose records the person keeps: its chair or secretary. */
	private Association recorded(long associationId) {
		Association association = lifecycle.find(associationId);
		access.require(access.keepsRecords(associationId));
		association.requireActive();
		return association;
	}

	private Section findSection(long sectionId) {
		return sections.findById(sectionId).orElseThrow(() -> new NotFoundException("association.error.section-not-found"));
	}

	private WorkingGroup findWorkingGroup(long id) {
		return workingGroups.findById(id)
			.orElseThrow(() -> new NotFoundException("association.error.working-group-not-found"));
	}

}
