package kg.omb.association.domain;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.AuthorityView;
import kg.omb.directory.LegalActView;
import kg.omb.directory.OrganizationView;
import kg.omb.shared.LocalizedText;

/**
 * An authority's consultative council (§13) as its officers manage it: its members, sitting and former, and its
 * recommendations, each with the act it rests on. {@code council} is null while the authority has formed none.
 */
public record ManagedCouncil(AuthorityView authority, @Nullable Council council, List<LegalActView> authorityActs) {

	public record Council(long id, long version, LocalizedText name, LocalDate establishedOn,
			@Nullable LegalActView establishingAct, List<Seat> members, List<Recommendation> recommendations) {

		public List<Seat> sitting() {
			return members.stream().filter(Seat::current).toList();
		}

		public List<Seat> former() {
			return members.stream().filter(seat -> !seat.current()).toList();
		}

	}

	public record Seat(long id, String personName, String position, @Nullable OrganizationView organization,
			boolean hasAccount, LocalDate from, @Nullable LocalDate to, @Nullable LegalActView act) {

		public boolean current() {
			return to == null;
		}

	}

	public record Recommendation(LocalizedText title, String content, LocalDate adoptedOn,
			@Nullable LegalActView act) {
	}

}
