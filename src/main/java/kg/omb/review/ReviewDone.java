package kg.omb.review;

import java.math.BigDecimal;
import java.time.Instant;

import kg.omb.shared.LocalizedText;

/**
 * A review an expert submitted, with the OMB that asked for it, the subject's title, the request's blind mode (a
 * statement shown to others than the expert and the OMB's organisers leaves the subject out in a blind mode), the
 * round, the moment and the hours the review module fixed for it when it was submitted.
 */
public record ReviewDone(long requestId, long associationId, LocalizedText title, ReviewMode mode, int round,
		Instant submittedAt, BigDecimal storedHours) {
}
