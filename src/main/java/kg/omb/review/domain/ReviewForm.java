package kg.omb.review.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.review.Recommendation;

/** A completed review form: a score and comment per criterion, the comment, the recommendation, remarks for the chair. */
public record ReviewForm(List<ReviewAssignment.Score> scores, Recommendation recommendation, String comment,
		@Nullable String confidentialRemarks) {

	public ReviewForm {
		scores = List.copyOf(scores);
	}

}
