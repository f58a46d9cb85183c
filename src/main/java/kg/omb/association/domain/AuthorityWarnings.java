package kg.omb.association.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.Directory;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;

/**
 * What an authority should see to on one page: enlarged groups in force without an OMB, OMBs without a chair,
 * sections without a head, OMBs without an employer representative among their members (§2), and acts without
 * their scanned file. An officer sees what concerns their authority; an administrator sees everything.
 */
@Service
@Transactional(readOnly = true)
public class AuthorityWarnings {

	private final AssociationRepository associations;

	private final SectionRepository sections;

	private final MemberRepository members;

	private final Directory directory;

	private final LegalActs acts;

	private final AssociationAccess access;

	private final Clock clock;

	AuthorityWarnings(AssociationRepository associations, SectionRepository sections, MemberRepository members,
			Directory directory, LegalActs acts, AssociationAccess access, Clock clock) {
		this.associations = associations;
		this.sections = sections;
		this.members = members;
		this.directory = directory;
		this.acts = acts;
		this.access = access;
		this.clock = clock;
	}

	public Warnings forCurrentPerson() {
		LocalDate today = Bishkek.today(clock);
		List<Association> all = associations.findAllByOrderByIdAsc().stream().filter(Association::isActive).toList();
		List<Association> mine = all.stream().filter(access::governs).toList();
		Set<String> covered = all.stream().flatMap(a -> a.getGroupCodes().stream()).collect(Collectors.toSet());
		List<ClassifierEntryView> uncovered = access.isAdministrator() || !mine.isEmpty()
				|| directory.authorities().stream().anyMatch(authority -> access.governsAuthority(authority.id()))
						? directory.classifier(ClassifierKind.GROUP)
							.stream()
							.filter(group -> group.usableOn(today) && !covered.contains(group.code()))
							.toList()
						: List.of();
		List<Long> ids = mine.stream().map(Association::id).toList();
		Map<Long, Association> byId = mine.stream().collect(Collectors.toMap(Association::id, Function.identity()));
		List<Item> withoutHead = sections.findByAssociationIdInOrderByIdAsc(ids)
			.stream()
			.filter(section -> section.isOpen() && section.getHead().isEmpty())
			.map(section -> new Item(section.getName(), byId.get(section.getAssociationId()).getName(),
					section.getAssociationId()))
			.toList();
		Set<Long> withEmployers = new HashSet<>();
		members.findByAssociationIdInOrderByPersonNameAsc(ids)
			.stream()
			.filter(member -> member.isCurrentOn(today)
					&& member.getStakeholderKind() == StakeholderKind.EMPLOYER_REPRESENTATIVE)
			.forEach(member -> withEmployers.add(member.getAssociationId()));
		List<Item> withoutChair = new ArrayList<>();
		List<Item> withoutEmployers = new ArrayList<>();
		for (Association association : mine) {
			Item item = new Item(association.getName(), association.getName(), association.id());
			if (association.currentChair().isEmpty()) {
				withoutChair.add(item);
			}
			if (!withEmployers.contains(association.id())) {
				withoutEmployers.add(item);
			}
		}
		List<LegalActView> actsWithoutFile = acts.withoutFile()
			.stream()
			.filter(act -> access.isAdministrator() || concerns(act.issuer(), mine))
			.toList();
		return new Warnings(uncovered, withoutChair, withoutHead, withoutEmployers, actsWithoutFile);
	}

	private boolean concerns(ActIssuer issuer, List<Association> mine) {
		return issuer.type() == ActIssuer.Type.AUTHORITY ? access.governsAuthority(issuer.id())
				: mine.stream().anyMatch(association -> association.baseOrganizationId() == issuer.id());
	}

	/** Everything that needs attention; {@link #isEmpty()} when nothing does. */
	public record Warnings(List<ClassifierEntryView> groupsWithoutAssociation, List<Item> associationsWithoutChair,
			List<Item> sectionsWithoutHead, List<Item> associationsWithoutEmployers,
			List<LegalActView> actsWithoutFile) {

		public boolean isEmpty() {
			return groupsWithoutAssociation.isEmpty() && associationsWithoutChair.isEmpty()
					&& sectionsWithoutHead.isEmpty() && associationsWithoutEmployers.isEmpty()
					&& actsWithoutFile.isEmpty();
		}

		public int count() {
			return groupsWithoutAssociation.size() + associationsWithoutChair.size() + sectionsWithoutHead.size()
					+ associationsWithoutEmployers.size() + actsWithoutFile.size();
		}

	}

	/** A thing that needs attention, the association it belongs to, and where to fix it. */
	public record Item(LocalizedText name, LocalizedText associationName, long associationId) {
	}

}
