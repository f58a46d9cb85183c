package kg.omb.association.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.omb.association.domain.DemoAssociationPlans.MemberPlan;
import kg.omb.association.domain.DemoAssociationPlans.Omb;
import kg.omb.association.domain.DemoAssociationPlans.SectionPlan;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationLevelView;
import kg.omb.directory.LegalActView;
import kg.omb.directory.OrganizationView;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.shared.LocalizedText;

/**
 * Builds one demo OMB through the association services, in the order an authority and a chair would: the
 * authority's order creates it and another confirms its chair; the base organisation's order sets up its sections
 * and subsections, approves its members (proposed, accepted, then recorded with the order) and its bylaws; then a
 * working group. The current versions that the services check are read from the repositories, as a form would
 * carry them.
 */
final class DemoAssociationBuilder {

	private final AssociationLifecycle lifecycle;

	private final StructureService structure;

	private final MembershipService membership;

	private final Accounts accounts;

	private final DemoVersions versions;

	private final Map<String, EducationLevelView> levels;

	private final LocalDate today;

	DemoAssociationBuilder(AssociationLifecycle lifecycle, StructureService structure, MembershipService membership,
			Accounts accounts, Directory directory, DemoVersions versions, LocalDate today) {
		this.lifecycle = lifecycle;
		this.structure = structure;
		this.membership = membership;
		this.accounts = accounts;
		this.versions = versions;
		this.levels = directory.levels()
			.stream()
			.collect(Collectors.toMap(EducationLevelView::code, Function.identity()));
		this.today = today;
	}

	/** Builds the OMB and returns its id. */
	long build(Omb plan, DemoDirectory directory) {
		OrganizationView base = directory.organization(plan.baseCode());
		LegalActView baseAct = directory.organizationAct(plan.baseCode(), plan.baseAct());
		long id = lifecycle.create(new Commands.CreateAssociation(plan.name(), directory.authorityId(),
				plan.groupCodes(), base.id(), directory.authorityAct(plan.creationAct()).id()));
		AccountView chair = account(plan.chairEmail());
		lifecycle.confirmChair(id, versions.association(id), new Commands.ConfirmChair(chair.id(),
				"Окуу иштери боюнча проректор", directory.authorityAct(plan.chairAct()).id()));
		lifecycle.changeContacts(id, versions.association(id),
				new Contacts(plan.contactEmail(), null, base.address()));
		List<Long> sections = new ArrayList<>();
		for (SectionPlan section : plan.sections()) {
			sections.add(section(id, section, directory, baseAct));
		}
		members(id, plan, sections, directory, baseAct);
		structure.adoptBylaws(id, new Commands.NewBylaws("Биринчи редакция", DemoBylaws.text(plan.name()), null,
				baseAct.id()));
		workingGroup(id, plan, directory);
		return id;
	}

	private long section(long associationId, SectionPlan plan, DemoDirectory directory, LegalActView act) {
		Long headAccount = plan.headEmail() == null ? null : account(plan.headEmail()).id();
		long sectionId = structure.createSection(associationId, new Commands.NewSection(plan.name(), plan.codes(),
				directory.organizationId(plan.leadingCode()), act.id(), headAccount, plan.headName()));
		for (String levelCode : plan.levels()) {
			EducationLevelView level = levels.get(levelCode);
			if (level == null) {
				throw new IllegalStateException("Demo data: no level " + levelCode);
			}
			structure.addSubsection(sectionId, versions.section(sectionId),
					new Commands.NewSubsection(level.code(), subsectionName(plan.name(), level.name()), act.id(), null,
							null));
		}
		return sectionId;
	}

	private void members(long associationId, Omb plan, List<Long> sections, DemoDirectory directory,
			LegalActView act) {
		List<Long> proposals = new ArrayList<>();
		for (MemberPlan member : plan.members()) {
			proposals.add(membership.proposeMember(associationId,
					new MemberDetails(member.name(), member.email(), null,
							directory.organizationId(member.organizationCode()), member.position(), member.kind(),
							sections.get(member.section()), member.role(), null),
					"Уюмдун жетекчисинин сунушу боюнча"));
		}
		// a proposal just made is at its first version
		proposals.forEach(proposal -> membership.accept(proposal, 0));
		membership.recordAct(associationId, proposals, act.id());
	}

	private void workingGroup(long associationId, Omb plan, DemoDirectory directory) {
		var group = plan.workingGroup();
		long groupId = structure.createWorkingGroup(associationId, group.name(), group.task(),
				today.plusMonths(group.monthsToDeadline()));
		for (var participant : group.participants()) {
			structure.addParticipant(groupId, versions.workingGroup(groupId), new WorkingGroup.Participant(
					participant.name(), directory.organizationId(participant.organizationCode()), null,
					participant.groupRole()));
		}
	}

	private AccountView account(String email) {
		return accounts.findByEmail(email)
			.orElseThrow(() -> new IllegalStateException("Demo data: no demo account " + email));
	}

	private static LocalizedText subsectionName(LocalizedText section, LocalizedText level) {
		return LocalizedText.of(section.ky() + ": " + level.ky(), section.ru() + ": " + level.ru(),
				section.en() + ": " + level.en());
	}

}
