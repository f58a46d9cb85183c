package kg.omb.review.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import kg.omb.review.Recommendation;
import kg.omb.review.ReviewMode;
import kg.omb.review.ReviewRequestView;
import kg.omb.review.ReviewStatus;

/** A review request in a list: its subject, mode, deadlines, round and where it stands. */
record RequestEntry(long id, Subject subject, ReviewMode mode, int reviewersNeeded, LocalDate answerBy,
		LocalDate submitBy, int round, ReviewStatus status, @Nullable Recommendation decision) {

	static RequestEntry of(ReviewRequestView request) {
		return new RequestEntry(request.id(),
				new Subject(request.subjectType(), request.subjectId(), request.subjectVersion()), request.mode(),
				request.reviewersNeeded(), request.answerBy(), request.submitBy(), request.round(), request.status(),
				request.decision());
	}

	/** What is reviewed: the subject's type (say {@code normative-document}), its id and the reviewed version. */
	record Subject(String type, long id, int version) {
	}

}
