package kg.omb.association.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.association.MemberView;
import kg.omb.association.MembershipChangeView;
import kg.omb.association.SectionView;
import kg.omb.association.WorkingGroupView;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationLevelView;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.directory.OrganizationView;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;

/**
 * What the pages and the API read about associations: the directory with its filters and one association's whole
 * public profile. Lookups in the directory module are made once per page, never once per row.
 */
@Service
@Transactional(readOnly = true)
public class AssociationQueries implements Associations {

	private final AssociationRepository associations;

	private final SectionRepository sections;

	private final MemberRepository members;

	private final WorkingGroupRepository workingGroups;

	private final BylawsRepository bylaws;

	private final HistoryRepository history;

	private final Directory directory;

	private final LegalActs acts;

	private final Clock clock;

	AssociationQueries(AssociationRepository associations, SectionRepository sections, MemberRepository members,
			WorkingGroupRepository workingGroups, BylawsRepository bylaws, HistoryRepository history,
			Directory directory, LegalActs acts, Clock clock) {
		this.associations = associations;
		this.sections = sections;
		this.members = members;
		this.workingGroups = workingGroups;
		this.bylaws = bylaws;
		this.history = history;
		this.directory = directory;
		this.acts = acts;
		this.clock = clock;
	}

	@Override
	public Optional<AssociationView> find(long id) {
		return associations.findById(id).map(Association::view);
	}

	@Override
	public List<AssociationView> all() {
		return associations.findAllByOrderByIdAsc().stream().map(Association::view).toList();
	}

	@Override
	public List<Long> membershipsOf(long accountId) {
		LocalDate today = Bishkek.today(clock);
		return members.findByAccountId(accountId)
			.stream()
			.filter(member -> member.isCurrentOn(today))
			.map(Member::getAssociationId)
			.distinct()
			.toList();
	}

	@Override
	public List<SectionView> sections(long associationId) {
		return sections.findByAssociationIdOrderByIdAsc(associationId).stream().map(AssociationQueries::sectionView).toList();
	}

	@Override
	public Optional<SectionView> section(long sectionId) {
		return sections.findById(sectionId).map(AssociationQueries::sectionView);
	}

	@Override
	public List<MemberView> members(long associationId) {
		LocalDate today = Bishkek.today(clock);
		return members.findByAssociationIdOrderByPersonNameAsc(associationId)
			.stream()
			.filter(member -> member.isCurrentOn(today))
			.map(member -> new MemberView(member.id(), associationId, member.getPersonName(), member.getAccountId(),
					member.getOrganizationId(), member.getSectionId(), member.getRole() == MemberRole.SECRETARY))
			.toList();
	}

	@Override
	public List<MembershipChangeView> membershipChanges(long associationId, LocalDate from, LocalDate until) {
		List<MembershipChangeView> changes = new ArrayList<>();
		for (Member member : members.findByAssociationIdOrderByPersonNameAsc(associationId)) {
			if (!member.getTermFrom().isBefore(from) && member.getTermFrom().isBefore(until)) {
				changes.add(new MembershipChangeView(member.getPersonName(), true, member.getTermFrom()));
			}
			LocalDate ended = member.getEndedOn();
			if (ended != null && !ended.isBefore(from) && ended.isBefore(until)) {
				changes.add(new MembershipChangeView(member.getPersonName(), false, ended));
			}
		}
		changes.sort(Comparator.comparing(MembershipChangeView::on).thenComparing(MembershipChangeView::personName));
		return changes;
	}

	@Override
	public List<MemberView> participants(long workingGroupId) {
		return workingGroups.findById(workingGroupId)
			.map(group -> group.getParticipants()
				.stream()
				.map(p -> new MemberView(null, group.getAssociationId(), p.personName(), p.accountId(),
						p.organizationId(), null, false))
				.toList())
			.orElse(List.of());
	}

	@Override
	public List<WorkingGroupView> workingGroups(long associationId) {
		return workingGroups.findByAssociationIdOrderByDeadlineAsc(associationId)
			.stream()
			.map(AssociationQueries::workingGroupView)
			.toList();
	}

	@Override
	public Optional<WorkingGroupView> workingGroup(long workingGroupId) {
		return workingGroups.findById(workingGroupId).map(AssociationQueries::workingGroupView);
	}


	@Override
	public List<WorkingGroupView> workingGroupsOf(long accountId) {
		return workingGroups.findByParticipantAccountId(accountId)
			.stream()
			.map(AssociationQueries::workingGroupView)
			.toList();
	}

	private static WorkingGroupView workingGroupView(WorkingGroup group) {
		return new WorkingGroupView(group.id(), group.getAssociationId(), group.getName(),
				group.getCompletedOn() == null,
				group.getParticipants().stream().map(WorkingGroup.Participant::personName).toList(),
				group.getParticipants()
					.stream()
					.map(WorkingGroup.Participant::accountId)
					.filter(Objects::nonNull)
					.collect(Collectors.toSet()));
	}

	private static SectionView sectionView(Section section) {
		return new SectionView(section.id(), section.getAssociationId(), section.getName(),
				Set.copyOf(section.getClassifierCodes()), section.isOpen());
	}

	/** The OMB directory (§10.7), by name in the visitor's language. */
	public List<AssociationSummary> directory(DirectoryFilter filter, Locale locale) {
		List<Association> all = associations.findAllByOrderByIdAsc()
			.stream()
			.filter(association -> filter.includeClosed() || association.isActive())
			.toList();
		List<Long> ids = all.stream().map(Association::id).toList();
		Map<Long, List<Section>> sectionsByAssociation = sections.findByAssociationIdInOrderByIdAsc(ids)
			.stream()
			.filter(Section::isOpen)
			.collect(Collectors.groupingBy(Section::getAssociationId));
		LocalDate today = Bishkek.today(clock);
		Map<Long, Long> memberCounts = members.findByAssociationIdInOrderByPersonNameAsc(ids)
			.stream()
			.filter(member -> member.isCurrentOn(today))
			.collect(Collectors.groupingBy(Member::getAssociationId, Collectors.counting()));
		Map<Long, OrganizationView> organizations = organizations(
				all.stream().map(Association::baseOrganizationId).toList());
		Set<String> codes = new HashSet<>();
		all.forEach(association -> codes.addAll(association.getGroupCodes()));
		sectionsByAssociation.values().forEach(list -> list.forEach(section -> codes.addAll(section.getClassifierCodes())));
		Map<String, ClassifierEntryView> entries = entries(codes);
		return all.stream()
			.filter(association -> matches(association, sectionsByAssociation.getOrDefault(association.id(), List.of()),
					organizations.get(association.baseOrganizationId()), entries, filter))
			.map(association -> new AssociationSummary(association.id(), association.getName(), association.getStatus(),
					association.isSpecialStatus(), organizations.get(association.baseOrganizationId()),
					association.getGroupCodes().stream().map(entries::get).filter(Objects::nonNull).toList(),
					association.currentChair().map(ChairTerm::getPersonName).orElse(null),
					memberCounts.getOrDefault(association.id(), 0L).intValue(),
					sectionsByAssociation.getOrDefault(association.id(), List.of()).size()))
			.sorted(Comparator.comparing(summary -> summary.name().in(locale), String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The whole public profile of an association. */
	public AssociationProfile profile(long id) {
		Association association = associations.findById(id)
			.orElseThrow(() -> new NotFoundException("association.error.not-found"));
		List<Section> ownSections = sections.findByAssociationIdOrderByIdAsc(id);
		List<Member> ownMembers = members.findByAssociationIdOrderByPersonNameAsc(id);
		List<WorkingGroup> groups = workingGroups.findByAssociationIdOrderByDeadlineAsc(id);
		List<HistoryEntry> lines = history.findByAssociationIdOrderByEffectiveOnDescIdDesc(id);
		AssociationProfile.Lookups lookups = lookups(association, ownSections, ownMembers, groups, lines);
		LocalDate today = Bishkek.today(clock);
		Map<Long, LocalizedText> sectionNames = ownSections.stream()
			.collect(Collectors.toMap(Section::id, Section::getName));
		List<AssociationProfile.Chair> chairs = association.getChairTerms()
			.stream()
			.sorted(Comparator.comparing(ChairTerm::getFromDate).reversed())
			.map(term -> new AssociationProfile.Chair(term.getAccountId(), term.getPersonName(), term.getPosition(),
					term.getFromDate(), term.getToDate(), lookups.acts().get(term.getActId())))
			.toList();
		return new AssociationProfile(association.id(), association.getVersion(), association.getName(),
				association.getStatus(), association.isSpecialStatus(),
				association.getAuthorityId() == null ? null : directory.authority(association.getAuthorityId()).orElse(null),
				lookups.organizations().get(association.baseOrganizationId()),
				association.getGroupCodes().stream().map(lookups.entries()::get).filter(Objects::nonNull).toList(),
				association.getEstablishedOn(), lookups.acts().get(association.getEstablishingActId()),
				association.getStatusChangedOn(),
				association.getStatusActId() == null ? null : lookups.acts().get(association.getStatusActId()),
				association.getSuccessorId(), association.getContacts(),
				chairs.stream().filter(chair -> chair.to() == null).findFirst().orElse(null),
				chairs.stream().filter(chair -> chair.to() != null).toList(),
				association.getBaseTerms()
					.stream()
					.sorted(Comparator.comparing(BaseOrganizationTerm::getFromDate).reversed())
					.map(term -> new AssociationProfile.BaseTerm(lookups.organizations().get(term.getOrganizationId()),
							term.getFromDate(), term.getToDate(), lookups.acts().get(term.getActId())))
					.toList(),
				ownSections.stream().map(section -> section(section, lookups)).toList(),
				ownMembers.stream()
					.filter(member -> member.isCurrentOn(today) || member.getTermFrom().isAfter(today))
					.map(member -> member(member, lookups, sectionNames, today))
					.toList(),
				bylaws.findByAssociationIdOrderByNumberDesc(id),
				groups.stream().map(group -> workingGroup(group, lookups, today)).toList(),
				lines.stream()
					.map(line -> new AssociationProfile.HistoryLine(line.getKind(), line.getSubject(),
							line.getEffectiveOn(), line.getActId() == null ? null : lookups.acts().get(line.getActId())))
					.toList());
	}

	/** Former members too, for the management pages. */
	public List<AssociationProfile.MemberProfile> allMembers(long id) {
		Association association = associations.findById(id)
			.orElseThrow(() -> new NotFoundException("association.error.not-found"));
		List<Member> all = members.findByAssociationIdOrderByPersonNameAsc(id);
		List<Section> ownSections = sections.findByAssociationIdOrderByIdAsc(id);
		AssociationProfile.Lookups lookups = lookups(association, ownSections, all, List.of(), List.of());
		Map<Long, LocalizedText> sectionNames = ownSections.stream()
			.collect(Collectors.toMap(Section::id, Section::getName));
		LocalDate today = Bishkek.today(clock);
		return all.stream().map(member -> member(member, lookups, sectionNames, today)).toList();
	}

	private AssociationProfile.Lookups lookups(Association association, List<Section> ownSections,
			List<Member> ownMembers, List<WorkingGroup> groups, List<HistoryEntry> lines) {
		Set<Long> organizationIds = new HashSet<>();
		association.getBaseTerms().forEach(term -> organizationIds.add(term.getOrganizationId()));
		ownSections.forEach(section -> {
			organizationIds.add(section.getLeadingOrganizationId());
			if (section.getCentreOrganizationId() != null) {
				organizationIds.add(section.getCentreOrganizationId());
			}
		});
		ownMembers.forEach(member -> organizationIds.add(member.getOrganizationId()));
		groups.forEach(group -> group.getParticipants().forEach(p -> organizationIds.add(p.organizationId())));
		Set<String> codes = new HashSet<>(association.getGroupCodes());
		ownSections.forEach(section -> codes.addAll(section.getClassifierCodes()));
		Set<Long> actIds = new HashSet<>();
		actIds.add(association.getEstablishingActId());
		if (association.getStatusActId() != null) {
			actIds.add(association.getStatusActId());
		}
		association.getBaseTerms().forEach(term -> actIds.add(term.getActId()));
		association.getChairTerms().forEach(term -> actIds.add(term.getActId()));
		ownSections.forEach(section -> actIds.add(section.getActId()));
		ownMembers.forEach(member -> actIds.add(member.getActId()));
		lines.stream().map(HistoryEntry::getActId).filter(Objects::nonNull).forEach(actIds::add);
		Map<String, EducationLevelView> levels = directory.levels()
			.stream()
			.collect(Collectors.toMap(EducationLevelView::code, Function.identity()));
		return new AssociationProfile.Lookups(organizations(organizationIds), entries(codes), levels, actsById(actIds));
	}

	private static AssociationProfile.SectionProfile section(Section section, AssociationProfile.Lookups lookups) {
		return new AssociationProfile.SectionProfile(section.id(), section.getVersion(), section.getName(),
				section.getClassifierCodes().stream().map(lookups.entries()::get).filter(Objects::nonNull).toList(),
				lookups.organizations().get(section.getLeadingOrganizationId()), section.getHead().orElse(null),
				section.getCentreOrganizationId() == null ? null
						: lookups.organizations().get(section.getCentreOrganizationId()),
				section.getSubsections()
					.stream()
					.filter(subsection -> lookups.levels().containsKey(subsection.getLevelCode()))
					.map(subsection -> new AssociationProfile.SubsectionProfile(
							lookups.levels().get(subsection.getLevelCode()), subsection.getName(), subsection.getHead()))
					.toList(),
				section.isOpen(), lookups.acts().get(section.getActId()));
	}

	private static AssociationProfile.MemberProfile member(Member member, AssociationProfile.Lookups lookups,
			Map<Long, LocalizedText> sectionNames, LocalDate today) {
		return new AssociationProfile.MemberProfile(member.id(), member.getVersion(), member.getPersonName(),
				lookups.organizations().get(member.getOrganizationId()), member.getPosition(),
				member.getStakeholderKind(), member.getRole(),
				member.getSectionId() == null ? null : sectionNames.get(member.getSectionId()), member.getTermFrom(),
				member.getTermTo(), lookups.acts().get(member.getActId()), member.isCurrentOn(today));
	}

	private static AssociationProfile.WorkingGroupProfile workingGroup(WorkingGroup group,
			AssociationProfile.Lookups lookups, LocalDate today) {
		return new AssociationProfile.WorkingGroupProfile(group.id(), group.getVersion(), group.getName(),
				group.getTask(), group.getDeadline(), group.getCompletedOn(), group.isOverdueOn(today),
				group.getParticipants()
					.stream()
					.map(p -> new AssociationProfile.Participant(p.personName(),
							lookups.organizations().get(p.organizationId()), p.groupRole()))
					.toList());
	}

	private static boolean matches(Association association, List<Section> ownSections,
			@Nullable OrganizationView base, Map<String, ClassifierEntryView> entries, DirectoryFilter filter) {
		if (filter.groupCode() != null && !association.getGroupCodes().contains(filter.groupCode())) {
			return false;
		}
		if (filter.region() != null && (base == null || base.region() != filter.region())) {
			return false;
		}
		Set<String> codes = Stream
			.concat(association.getGroupCodes().stream(),
					ownSections.stream().flatMap(section -> section.getClassifierCodes().stream()))
			.collect(Collectors.toSet());
		if (filter.levelCode() != null) {
			boolean taught = codes.stream()
				.map(entries::get)
				.filter(Objects::nonNull)
				.anyMatch(entry -> entry.levelCodes().contains(filter.levelCode()))
					|| ownSections.stream()
						.flatMap(section -> section.getSubsections().stream())
						.anyMatch(subsection -> subsection.getLevelCode().equals(filter.levelCode()));
			if (!taught) {
				return false;
			}
		}
		String query = filter.normalizedQuery();
		if (query.isEmpty()) {
			return true;
		}
		return contains(association.getName(), query) || codes.stream().anyMatch(code -> code.startsWith(query))
				|| codes.stream().map(entries::get).filter(Objects::nonNull)
					.anyMatch(entry -> contains(entry.name(), query));
	}

	private static boolean contains(LocalizedText text, String query) {
		return Stream.of(text.ky(), text.ru(), text.en())
			.filter(Objects::nonNull)
			.anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(query));
	}

	private Map<Long, OrganizationView> organizations(Collection<Long> ids) {
		Map<Long, OrganizationView> byId = new HashMap<>();
		directory.organizations(Set.copyOf(ids)).forEach(organization -> byId.put(organization.id(), organization));
		return byId;
	}

	private Map<String, ClassifierEntryView> entries(Collection<String> codes) {
		Map<String, ClassifierEntryView> byCode = new HashMap<>();
		directory.classifierEntries(Set.copyOf(codes)).forEach(entry -> byCode.put(entry.code(), entry));
		return byCode;
	}

	private Map<Long, LegalActView> actsById(Collection<Long> ids) {
		Map<Long, LegalActView> byId = new HashMap<>();
		acts.find(Set.copyOf(ids)).forEach(act -> byId.put(act.id(), act));
		return byId;
	}

}
