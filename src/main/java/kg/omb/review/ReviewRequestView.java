package kg.omb.review;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A review request as other modules see it: where it stands, in which round, and the decision once made. */
public record ReviewRequestView(long id, String subjectType, long subjectId, int subjectVersion, ReviewMode mode,
		int reviewersNeeded, LocalDate answerBy, LocalDate submitBy, int round, ReviewStatus status,
		@Nullable Recommendation decision) {
}
