package kg.omb.association.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.directory.OrganizationInvolvement;
import kg.omb.directory.OrganizationInvolvements;
import kg.omb.shared.Bishkek;

/**
 * What an organisation is in the OMBs' structure, for its page: the base of an OMB (now or before, §14, §20), the
 * leading organisation of a section or the Scientific-Methodological Centre taking part in it (§19), and the
 * employer of current members (§16).
 */
@Component
@Transactional(readOnly = true)
class AssociationInvolvements implements OrganizationInvolvements {

	private final AssociationRepository associations;

	private final SectionRepository sections;

	private final MemberRepository members;

	private final Clock clock;

	AssociationInvolvements(AssociationRepository associations, SectionRepository sections, MemberRepository members,
			Clock clock) {
		this.associations = associations;
		this.sections = sections;
		this.members = members;
		this.clock = clock;
	}

	@Override
	public List<OrganizationInvolvement> of(long organizationId) {
		List<OrganizationInvolvement> found = new ArrayList<>();
		List<Association> all = associations.findAllByOrderByIdAsc();
		Map<Long, Association> byId = all.stream().collect(Collectors.toMap(Association::id, Function.identity()));
		for (Association association : all) {
			for (BaseOrganizationTerm term : association.getBaseTerms()) {
				if (term.getOrganizationId() == organizationId) {
					String key = term.getToDate() == null ? "association.involvement.base"
							: "association.involvement.former-base";
					found.add(new OrganizationInvolvement(key, association.getName(), term.getFromDate(),
							link(association.id())));
				}
			}
		}
		for (Section section : sections.findByLeadingOrganizationIdOrCentreOrganizationId(organizationId,
				organizationId)) {
			if (section.isOpen() && byId.containsKey(section.getAssociationId())) {
				String key = section.getLeadingOrganizationId() == organizationId ? "association.involvement.leading"
						: "association.involvement.centre";
				found.add(new OrganizationInvolvement(key, section.getName(), section.getEstablishedOn(),
						link(section.getAssociationId())));
			}
		}
		LocalDate today = Bishkek.today(clock);
		members.findByOrganizationIdOrderByPersonNameAsc(organizationId)
			.stream()
			.filter(member -> member.isCurrentOn(today))
			.map(Member::getAssociationId)
			.distinct()
			.map(byId::get)
			.filter(Objects::nonNull)
			.forEach(association -> found.add(new OrganizationInvolvement("association.involvement.members",
					association.getName(), null, link(association.id()))));
		return found;
	}

	private static String link(long associationId) {
		return "/associations/" + associationId;
	}

}
