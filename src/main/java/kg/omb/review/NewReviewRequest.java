package kg.omb.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * What a module asks to be reviewed. {@code subjectType} and {@code subjectId} name the subject in the asking
 * module ({@code normative-document} 12), {@code subjectVersion} the version under review; {@code language} is the
 * subject's language (ky, ru or en), in which the conclusion is written; the specialties rank the experts; the
 * association, section and working group that drafted it, and its authors, decide who is not eligible.
 */
public record NewReviewRequest(String subjectType, long subjectId, int subjectVersion, @Nullable String subjectLink,
		LocalizedText title, String language, Set<String> specialtyCodes, long associationId, @Nullable Long sectionId,
		@Nullable Long workingGroupId, List<SubjectAuthor> authors, List<ReviewCriterion> criteria,
		int reviewersNeeded, ReviewMode mode, LocalDate answerBy, LocalDate submitBy) {

	/** Two reviewers for standards and manuscripts unless asked otherwise. */
	public static final int DEFAULT_REVIEWERS = 2;

	public NewReviewRequest {
		specialtyCodes = Set.copyOf(specialtyCodes);
		authors = List.copyOf(authors);
		criteria = List.copyOf(criteria);
	}

}
