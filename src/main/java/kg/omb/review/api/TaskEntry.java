package kg.omb.review.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.review.ReviewCriterion;
import kg.omb.review.domain.ExpertTask;
import kg.omb.shared.web.Names;

/**
 * An invitation as the invited expert sees it: the request, the subject's title and the criteria always; the
 * subject's page ({@code subjectPage}) only once they declared no conflict of interest, and its authors only then
 * and never in double-blind mode. Their own review is there as they submitted it.
 */
record TaskEntry(ReviewEntry assignment, RequestEntry request, Names title,
		List<ReviewCriterion> criteria, List<RequestDocument.Author> authors, boolean maySeeSubject,
		@Nullable String subjectPage) {

	static TaskEntry of(ExpertTask task) {
		return new TaskEntry(ReviewEntry.of(task.assignment()), RequestEntry.of(task.request()),
				Names.of(task.title()), task.criteria(),
				task.authors().stream().map(RequestDocument.Author::of).toList(), task.maySeeSubject(),
				task.subjectLink().isEmpty() ? null : task.subjectLink());
	}

}
