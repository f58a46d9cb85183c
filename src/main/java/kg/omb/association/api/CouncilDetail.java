package kg.omb.association.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.association.domain.CouncilQueries.CouncilProfile;
import kg.omb.shared.web.Names;

/**
 * A consultative council (§13), as {@code GET /api/v1/councils/{id}} gives it: its authority and act, the members
 * sitting now with the acts that appointed them, its recommendations, the OMBs it coordinates and its history.
 */
record CouncilDetail(long id, Names name, Refs.@Nullable AuthorityRef authority, LocalDate establishedOn,
		@Nullable Long establishingActId, List<CouncilSeat> members, List<CouncilRecommendationEntry> recommendations,
		List<CoordinatedAssociation> associations, List<AssociationDetail.ChangeEntry> history) {

	static CouncilDetail of(CouncilProfile council) {
		return new CouncilDetail(council.id(), Names.of(council.name()), Refs.AuthorityRef.of(council.authority()),
				council.establishedOn(), Refs.actId(council.establishingAct()),
				council.members()
					.stream()
					.map(seat -> new CouncilSeat(seat.personName(), seat.position(),
							Refs.OrganizationRef.of(seat.organization()), seat.from(), Refs.actId(seat.act())))
					.toList(),
				council.recommendations()
					.stream()
					.map(recommendation -> new CouncilRecommendationEntry(Names.of(recommendation.title()),
							recommendation.content(), recommendation.adoptedOn(),
							Refs.actId(recommendation.act())))
					.toList(),
				council.associations()
					.stream()
					.map(association -> new CoordinatedAssociation(association.id(), Names.of(association.name())))
					.toList(),
				council.history().stream().map(AssociationDetail.ChangeEntry::of).toList());
	}

	record CouncilSeat(String name, String position, Refs.@Nullable OrganizationRef organization, LocalDate from,
			@Nullable Long actId) {
	}

	record CouncilRecommendationEntry(Names title, String content, LocalDate adoptedOn, @Nullable Long actId) {
	}

	record CoordinatedAssociation(long id, Names name) {
	}

}
