package kg.omb.review.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.review.Recommendation;
import kg.omb.review.domain.AssignmentStatus;
import kg.omb.review.domain.AssignmentView;

/**
 * An invitation and its review as the reader may see it. {@code reviewer} is null where the mode hides the
 * reviewer from the reader ({@code anonymous}), who then knows them only by their number in the round
 * ({@code ordinal}); the confidential remarks are there for those who decide alone.
 */
record ReviewEntry(long id, int round, int ordinal, @Nullable String reviewer, boolean anonymous,
		AssignmentStatus status, LocalDate answerBy, LocalDate submitBy, @Nullable String declineReason,
		@Nullable Recommendation recommendation, List<Score> scores, @Nullable String comment,
		@Nullable String confidentialRemarks, @Nullable Instant submittedAt, boolean late,
		@Nullable Override override) {

	static ReviewEntry of(AssignmentView review) {
		return new ReviewEntry(review.id(), review.round(), review.ordinal(),
				review.anonymous() || review.reviewer().isEmpty() ? null : review.reviewer(), review.anonymous(),
				review.status(), review.answerBy(), review.submitBy(), review.declineReason(),
				review.recommendation(), review.scores().stream().map(s -> new Score(s.score(), s.comment())).toList(),
				review.comment(), review.confidentialRemarks(), review.submittedAt(), review.late(),
				review.overrideJustification() == null ? null
						: new Override(review.overrideReasons(), review.overrideJustification(),
								review.overrideByName()));
	}

	/** A score given on one criterion, in the order of the request's criteria, with its comment. */
	record Score(int score, @Nullable String comment) {
	}

	/**
	 * The conflict rules that refused the expert (message keys), the written justification for inviting them all
	 * the same, and who gave it (null where the mode hides the reviewer).
	 */
	record Override(List<String> reasons, String justification, @Nullable String by) {
	}

}
