package kg.omb.review.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import kg.omb.review.ApprovedSubjects;
import kg.omb.review.ReviewStatus;

/**
 * Whether a request's conclusion is public: it is the subject's latest request, it was decided positively on the
 * version that the subject's module says was approved. Drafts, pending reviews and rejected subjects never qualify.
 */
@Component
class ConclusionPublication {

	static final String PATH = "/reviews/conclusions/%d.pdf";

	private final ReviewRequestRepository requests;

	private final List<ApprovedSubjects> subjects;

	ConclusionPublication(ReviewRequestRepository requests, List<ApprovedSubjects> subjects) {
		this.requests = requests;
		this.subjects = List.copyOf(subjects);
	}

	Optional<ReviewRequest> published(String subjectType, long subjectId) {
		return requests.findFirstBySubjectTypeAndSubjectIdOrderByIdDesc(subjectType, subjectId)
			.filter(this::isPublished);
	}

	boolean isPublished(ReviewRequest request) {
		boolean latest = requests
			.findFirstBySubjectTypeAndSubjectIdOrderByIdDesc(request.getSubjectType(), request.getSubjectId())
			.map(found -> found.id() == request.id())
			.orElse(false);
		return latest && request.getStatus() == ReviewStatus.DECIDED && request.getDecision() != null
				&& request.getDecision().isPositive()
				&& subjects.stream()
					.anyMatch(subject -> subject.subjectType().equals(request.getSubjectType())
							&& subject.approvedWithReview(request.getSubjectId(), request.getSubjectVersion()));
	}

	static String path(ReviewRequest request) {
		return PATH.formatted(request.id());
	}

}
