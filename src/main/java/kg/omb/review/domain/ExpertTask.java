package kg.omb.review.domain;

import java.util.List;

import kg.omb.review.ReviewCriterion;
import kg.omb.review.ReviewRequestView;
import kg.omb.review.SubjectAuthor;
import kg.omb.shared.LocalizedText;

/**
 * An invitation as the invited expert sees it: the subject's title always, its link and (unless double-blind) its
 * authors only once they declared they have no conflict of interest.
 */
public record ExpertTask(AssignmentView assignment, ReviewRequestView request, LocalizedText title,
		List<ReviewCriterion> criteria, List<SubjectAuthor> authors, String subjectLink, boolean maySeeSubject) {

	public ExpertTask {
		criteria = List.copyOf(criteria);
		authors = List.copyOf(authors);
	}

}
