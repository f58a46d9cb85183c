package kg.omb.review.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.review.Recommendation;

/**
 * An invitation and its review as one reader may see it. {@code reviewer} is the expert's name, or "Reviewer n"
 * ({@code anonymous}) where the mode hides it from the reader; confidential remarks are there for the chair alone.
 */
public record AssignmentView(long id, long requestId, int round, int ordinal, String reviewer, boolean anonymous,
		AssignmentStatus status, LocalDate answerBy, LocalDate submitBy, @Nullable String declineReason,
		@Nullable String overrideReason, @Nullable String overrideJustification, @Nullable String overrideByName,
		@Nullable Recommendation recommendation, List<ReviewAssignment.Score> scores, @Nullable String comment,
		@Nullable String confidentialRemarks, @Nullable Instant submittedAt, boolean late, long lock) {

	public AssignmentView {
		scores = List.copyOf(scores);
	}

	/** The override's reasons as message keys. */
	public List<String> overrideReasons() {
		return overrideReason == null ? List.of() : List.of(overrideReason.split(","));
	}

}
