package kg.omb.review.api;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.review.Recommendation;
import kg.omb.review.ReviewCriterion;
import kg.omb.review.domain.ReviewConclusions.PublishedConclusion;
import kg.omb.review.domain.ReviewConclusions.RoundConclusion;
import kg.omb.shared.web.Names;

/**
 * An expert conclusion published with its approved subject, as open data: what its PDF ({@code pdf}) shows, the
 * reviewers anonymised in the blind modes and the confidential remarks never there.
 */
record ConclusionDocument(long requestId, RequestEntry.Subject subject, Names title,
		String language, kg.omb.review.ReviewMode mode, List<ReviewCriterion> criteria, List<Round> rounds,
		String decidedBy, String pdf) {

	static ConclusionDocument of(PublishedConclusion conclusion, String pdf) {
		RequestEntry request = RequestEntry.of(conclusion.request());
		return new ConclusionDocument(request.id(), request.subject(), Names.of(conclusion.title()),
				conclusion.language(), request.mode(), conclusion.criteria(),
				conclusion.rounds().stream().map(Round::of).toList(), conclusion.decidedBy(), pdf);
	}

	/**
	 * A decided round: the version, the average score per criterion (in the order of the criteria, null where
	 * no one scored it), the reviews, the overrides of the conflict rules, the decision and its note.
	 */
	record Round(int number, int subjectVersion, List<@Nullable Double> averages, List<ReviewEntry> reviews,
			List<ReviewEntry> overrides, @Nullable Recommendation decision, @Nullable String note,
			@Nullable Instant decidedAt) {

		static Round of(RoundConclusion round) {
			return new Round(round.number(), round.round().subjectVersion(),
					round.averages().stream().map(a -> a.isEmpty() ? null : Double.valueOf(a)).toList(),
					round.reviews().stream().map(ReviewEntry::of).toList(),
					round.overrides().stream().map(ReviewEntry::of).toList(), round.round().decision(),
					round.round().note(), round.round().decidedAt());
		}

	}

}
