package kg.omb.review;

import java.math.BigDecimal;
import java.time.Instant;

/** A review an expert submitted, with the hours it counts for in their teaching load (§24). */
public record CompletedReview(long requestId, String subjectType, long subjectId, int round, Instant submittedAt,
		BigDecimal hours) {
}
