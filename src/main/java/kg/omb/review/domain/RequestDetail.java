package kg.omb.review.domain;

import java.util.List;
import java.util.Set;

import kg.omb.review.ReviewCriterion;
import kg.omb.review.ReviewRequestView;
import kg.omb.review.SubjectAuthor;
import kg.omb.shared.LocalizedText;

/**
 * A request as its reader may see it: the authors are left out for a reviewer in double-blind mode, the reviewers
 * are anonymised for anyone but the organisers where the mode hides them, and confidential remarks go to those
 * who decide alone.
 */
public record RequestDetail(ReviewRequestView request, LocalizedText title, String language, long associationId,
		Set<String> specialtyCodes, List<SubjectAuthor> authors, List<ReviewCriterion> criteria,
		List<ReviewRequest.Round> rounds, List<AssignmentView> assignments, boolean organiser, boolean decider,
		String subjectLink, String decisionNote, String decidedBy, long lock) {

	public RequestDetail {
		specialtyCodes = Set.copyOf(specialtyCodes);
		authors = List.copyOf(authors);
		criteria = List.copyOf(criteria);
		rounds = List.copyOf(rounds);
		assignments = List.copyOf(assignments);
	}

	public List<AssignmentView> inRound(int round) {
		return assignments.stream().filter(a -> a.round() == round).toList();
	}

}
