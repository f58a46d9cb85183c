package kg.omb.association.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.AssociationStatus;
import kg.omb.directory.AuthorityView;
import kg.omb.directory.Directory;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.directory.OrganizationView;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;

/**
 * What the public pages and the API read about a consultative council (§13): who forms it, who sits on it now and
 * by which act, its recommendations and the OMBs it coordinates. Directory lookups are made once per page.
 */
@Service
@Transactional(readOnly = true)
public class CouncilQueries {

	private final CouncilRepository councils;

	private final AssociationRepository associations;

	private final HistoryRepository history;

	private final Directory directory;

	private final LegalActs acts;

	CouncilQueries(CouncilRepository councils, AssociationRepository associations, HistoryRepository history,
			Directory directory, LegalActs acts) {
		this.councils = councils;
		this.associations = associations;
		this.history = history;
		this.directory = directory;
		this.acts = acts;
	}

	/** The council an authority formed, if it has formed one. */
	public Optional<Long> ofAuthority(long authorityId) {
		return councils.findByAuthorityId(authorityId).map(ConsultativeCouncil::id);
	}

	public CouncilProfile profile(long id) {
		ConsultativeCouncil council = councils.findById(id)
			.orElseThrow(() -> new NotFoundException("association.error.council-not-found"));
		List<CouncilMember> sitting = council.getMembers().stream().filter(CouncilMember::isCurrent).toList();
		List<HistoryEntry> lines = history.findByCouncilIdOrderByEffectiveOnDescIdDesc(id);
		Map<Long, LegalActView> actsById = acts(council, sitting, lines);
		Map<Long, OrganizationView> organizations = organizations(sitting);
		return new CouncilProfile(council.id(), council.getVersion(), council.getName(),
				directory.authority(council.getAuthorityId()).orElse(null), council.getEstablishedOn(),
				actsById.get(council.getEstablishingActId()),
				sitting.stream()
					.map(member -> new CouncilProfile.Seat(member.getPerson().name(), member.getPerson().position(),
							member.getPerson().organizationId() == null ? null
									: organizations.get(member.getPerson().organizationId()),
							member.getFromDate(), actsById.get(member.getActId())))
					.toList(),
				council.getRecommendations()
					.stream()
					.map(recommendation -> new CouncilProfile.Recommendation(recommendation.getTitle(),
							recommendation.getContent(), recommendation.getAdoptedOn(),
							recommendation.getActId() == null ? null : actsById.get(recommendation.getActId())))
					.toList(),
				associations.findByAuthorityIdOrderByIdAsc(council.getAuthorityId())
					.stream()
					.filter(Association::isActive)
					.map(association -> new CouncilProfile.Coordinated(association.id(), association.getName(),
							association.getStatus()))
					.toList(),
				lines.stream()
					.map(line -> new AssociationProfile.HistoryLine(line.getKind(), line.getSubject(),
							line.getEffectiveOn(), line.getActId() == null ? null : actsById.get(line.getActId())))
					.toList());
	}

	private Map<Long, LegalActView> acts(ConsultativeCouncil council, List<CouncilMember> sitting,
			List<HistoryEntry> lines) {
		Set<Long> ids = new HashSet<>();
		ids.add(council.getEstablishingActId());
		sitting.forEach(member -> ids.add(member.getActId()));
		council.getRecommendations()
			.stream()
			.map(CouncilRecommendation::getActId)
			.filter(Objects::nonNull)
			.forEach(ids::add);
		lines.stream().map(HistoryEntry::getActId).filter(Objects::nonNull).forEach(ids::add);
		Map<Long, LegalActView> byId = new HashMap<>();
		acts.find(ids).forEach(act -> byId.put(act.id(), act));
		return byId;
	}

	private Map<Long, OrganizationView> organizations(List<CouncilMember> sitting) {
		Set<Long> ids = new HashSet<>();
		sitting.stream()
			.map(member -> member.getPerson().organizationId())
			.filter(Objects::nonNull)
			.forEach(ids::add);
		Map<Long, OrganizationView> byId = new HashMap<>();
		directory.organizations(ids).forEach(organization -> byId.put(organization.id(), organization));
		return byId;
	}

	/**
	 * A council as its public page shows it (with its version, for the pages that change it): the authority that
	 * formed it and by which act, the members sitting now, its recommendations (newest first), the active OMBs of
	 * its authority and the history of its acts.
	 */
	public record CouncilProfile(long id, long version, LocalizedText name, @Nullable AuthorityView authority,
			LocalDate establishedOn, @Nullable LegalActView establishingAct, List<Seat> members,
			List<Recommendation> recommendations, List<Coordinated> associations,
			List<AssociationProfile.HistoryLine> history) {

		public record Seat(String personName, String position, @Nullable OrganizationView organization,
				LocalDate from, @Nullable LegalActView act) {
		}

		public record Recommendation(LocalizedText title, String content, LocalDate adoptedOn,
				@Nullable LegalActView act) {
		}

		public record Coordinated(long id, LocalizedText name, AssociationStatus status) {
		}

	}

}
