package kg.omb.association.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.AuthorityView;
import kg.omb.directory.Directory;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.directory.OrganizationView;
import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.ScopeType;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;

/**
 * What the management console reads for the signed-in person: the associations they govern, chair or keep records
 * for, what they may do in one of them, the membership proposals they decide or made, the acts a change may rest
 * on (newest first), and the consultative councils of the authorities they serve. The services check every action
 * again; these reads only decide what the pages offer.
 */
@Service
@Transactional(readOnly = true)
public class ManagementQueries {

	private static final Comparator<LegalActView> NEWEST_FIRST = Comparator.comparing(LegalActView::signedOn)
		.thenComparing(LegalActView::id)
		.reversed();

	private final AssociationRepository associations;

	private final ProposalRepository proposals;

	private final SectionRepository sections;

	private final CouncilRepository councils;

	private final AssociationAccess access;

	private final CurrentAccess currentAccess;

	private final Directory directory;

	private final LegalActs acts;

	ManagementQueries(AssociationRepository associations, ProposalRepository proposals, SectionRepository sections,
			CouncilRepository councils, AssociationAccess access, CurrentAccess currentAccess, Directory directory,
			LegalActs acts) {
		this.associations = associations;
		this.proposals = proposals;
		this.sections = sections;
		this.councils = councils;
		this.access = access;
		this.currentAccess = currentAccess;
		this.directory = directory;
		this.acts = acts;
	}

	/** The associations the person governs, chairs or keeps records for, active ones first. */
	public List<ManagedAssociation> manageable() {
		List<Association> mine = associations.findAllByOrderByIdAsc()
			.stream()
			.filter(association -> access.governs(association) || access.keepsRecords(association.id()))
			.sorted(Comparator.comparing((Association association) -> !association.isActive()))
			.toList();
		Map<Long, OrganizationView> bases = byId(
				directory.organizations(mine.stream().map(Association::baseOrganizationId).collect(Collectors.toSet())));
		return mine.stream()
			.map(association -> new ManagedAssociation(association.id(), association.getName(),
					association.getStatus(), association.isSpecialStatus(),
					bases.get(association.baseOrganizationId()),
					association.currentChair().map(ChairTerm::getPersonName).orElse(null), access.governs(association),
					access.chairs(association.id()), access.keepsRecords(association.id())))
			.toList();
	}

	public ManagementPermissions permissions(long associationId) {
		Association association = find(associationId);
		Set<Long> represented = directory.organizations()
			.stream()
			.map(OrganizationView::id)
			.filter(access::represents)
			.collect(Collectors.toSet());
		return new ManagementPermissions(access.governs(association), access.chairs(associationId),
				access.keepsRecords(associationId), association.isActive(), represented);
	}

	/** The authorities whose officer the person is (every one for an administrator). */
	public List<AuthorityView> governedAuthorities() {
		return directory.authorities().stream().filter(authority -> access.governsAuthority(authority.id())).toList();
	}

	/** The organisations whose head (representative) the person is, by name. */
	public List<OrganizationView> representedOrganizations() {
		return directory.organizations().stream().filter(organization -> access.represents(organization.id())).toList();
	}

	/** An association's proposals, newest first: for those who govern it, chair it or keep its records. */
	public List<ProposalLine> proposals(long associationId) {
		Association association = find(associationId);
		access.require(access.governs(association) || access.keepsRecords(associationId));
		return lines(proposals.findByAssociationIdOrderByIdDesc(associationId));
	}

	/** The proposals made for the organisations the person represents, newest first, with their outcome. */
	public List<ProposalLine> proposalsOfRepresentedOrganizations() {
		Set<Long> organizations = currentAccess.scopeIds(Role.ORG_REPRESENTATIVE, ScopeType.ORGANIZATION);
		return organizations.isEmpty() ? List.of()
				: lines(proposals.findByOrganizationIdInOrderByIdDesc(organizations));
	}

	/** Acts of one issuer, newest first. */
	public List<LegalActView> actsOf(ActIssuer issuer) {
		return acts.issuedBy(issuer).stream().sorted(NEWEST_FIRST).toList();
	}

	/** The acts that govern the association: its authority's, or a special-status university's own (§25). */
	public List<LegalActView> governingActs(long associationId) {
		Association association = find(associationId);
		return association.isSpecialStatus() ? actsOf(ActIssuer.organization(association.baseOrganizationId()))
				: actsOf(ActIssuer.authority(Objects.requireNonNull(association.getAuthorityId())));
	}

	/** The acts its sections and bylaws may rest on: the base organisation's and the authority's. */
	public List<LegalActView> structuralActs(long associationId) {
		Association association = find(associationId);
		Stream<LegalActView> base = acts.issuedBy(ActIssuer.organization(association.baseOrganizationId())).stream();
		Stream<LegalActView> authority = association.getAuthorityId() == null ? Stream.empty()
				: acts.issuedBy(ActIssuer.authority(association.getAuthorityId())).stream();
		return Stream.concat(base, authority).distinct().sorted(NEWEST_FIRST).toList();
	}

	/** The base organisation's acts, which approve the membership (§16). */
	public List<LegalActView> baseOrganizationActs(long associationId) {
		return actsOf(ActIssuer.organization(find(associationId).baseOrganizationId()));
	}

	/** The consultative councils of the authorities the person serves, formed or not yet (§13). */
	public List<ManagedCouncil> councils() {
		return governedAuthorities().stream().map(this::council).toList();
	}

	private ManagedCouncil council(AuthorityView authority) {
		List<LegalActView> authorityActs = actsOf(ActIssuer.authority(authority.id()));
		ManagedCouncil.Council council = councils.findByAuthorityId(authority.id())
			.map(formed -> council(formed, authorityActs))
			.orElse(null);
		return new ManagedCouncil(authority, council, authorityActs);
	}

	private ManagedCouncil.Council council(ConsultativeCouncil council, List<LegalActView> authorityActs) {
		Map<Long, LegalActView> actsById = authorityActs.stream()
			.collect(Collectors.toMap(LegalActView::id, act -> act, (first, second) -> first));
		Map<Long, OrganizationView> organizations = byId(directory.organizations(council.getMembers()
			.stream()
			.map(member -> member.getPerson().organizationId())
			.filter(Objects::nonNull)
			.collect(Collectors.toSet())));
		List<ManagedCouncil.Seat> seats = council.getMembers()
			.stream()
			.map(member -> new ManagedCouncil.Seat(Objects.requireNonNull(member.getId()), member.getPerson().name(),
					member.getPerson().position(),
					member.getPerson().organizationId() == null ? null
							: organizations.get(member.getPerson().organizationId()),
					member.getPerson().accountId() != null, member.getFromDate(), member.getToDate(),
					actsById.get(member.getActId())))
			.toList();
		List<ManagedCouncil.Recommendation> recommendations = council.getRecommendations()
			.stream()
			.map(recommendation -> new ManagedCouncil.Recommendation(recommendation.getTitle(),
					recommendation.getContent(), recommendation.getAdoptedOn(),
					recommendation.getActId() == null ? null : actsById.get(recommendation.getActId())))
			.toList();
		return new ManagedCouncil.Council(council.id(), council.getVersion(), council.getName(),
				council.getEstablishedOn(), actsById.get(council.getEstablishingActId()), seats, recommendations);
	}

	private List<ProposalLine> lines(List<MembershipProposal> found) {
		Set<Long> associationIds = found.stream().map(MembershipProposal::getAssociationId).collect(Collectors.toSet());
		Map<Long, LocalizedText> associationNames = new HashMap<>();
		associationIds.forEach(id -> associations.findById(id)
			.ifPresent(association -> associationNames.put(id, association.getName())));
		Map<Long, LocalizedText> sectionNames = sections.findByAssociationIdInOrderByIdAsc(associationIds)
			.stream()
			.collect(Collectors.toMap(Section::id, Section::getName));
		Map<Long, OrganizationView> organizations = byId(directory.organizations(
				found.stream().map(MembershipProposal::getOrganizationId).collect(Collectors.toSet())));
		Set<Long> actIds = new HashSet<>();
		found.stream().map(MembershipProposal::getActId).filter(Objects::nonNull).forEach(actIds::add);
		Map<Long, LegalActView> actsById = acts.find(actIds)
			.stream()
			.collect(Collectors.toMap(LegalActView::id, act -> act));
		return found.stream()
			.map(proposal -> new ProposalLine(proposal.id(), proposal.getVersion(), proposal.getAssociationId(),
					associationNames.getOrDefault(proposal.getAssociationId(), LocalizedText.of("", "", "")),
					proposal.getKind(), proposal.getStatus(), proposal.getPersonName(), proposal.getEmail(),
					organizations.get(proposal.getOrganizationId()), proposal.getPosition(),
					proposal.getStakeholderKind(), sectionName(sectionNames, proposal.getSectionId()),
					proposal.getRole(), proposal.getTermTo(), proposal.getJustification(),
					proposal.getProposedByName(), proposal.getDecidedAt(), proposal.getRejectionReason(),
					proposal.getActId() == null ? null : actsById.get(proposal.getActId())))
			.toList();
	}

	private static @Nullable LocalizedText sectionName(Map<Long, LocalizedText> names, @Nullable Long sectionId) {
		return sectionId == null ? null : names.get(sectionId);
	}

	private static Map<Long, OrganizationView> byId(Collection<OrganizationView> organizations) {
		return organizations.stream().collect(Collectors.toMap(OrganizationView::id, organization -> organization));
	}

	private Association find(long associationId) {
		return associations.findById(associationId)
			.orElseThrow(() -> new NotFoundException("association.error.not-found"));
	}

}
