package kg.omb.review;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * A review request of an OMB as its reports count it: the subject, where it stands, when it was asked for, the
 * day the reviews were due and when it was decided.
 */
public record AssociationReview(long id, String subjectType, long subjectId, LocalizedText title, ReviewStatus status,
		@Nullable Recommendation decision, LocalDate requestedOn, LocalDate submitBy, @Nullable Instant decidedAt) {

	/** Still undecided although the reviews were due before {@code today}. */
	public boolean isOverdue(LocalDate today) {
		return status != ReviewStatus.DECIDED && submitBy.isBefore(today);
	}

}
