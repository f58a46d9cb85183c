package kg.omb.review.domain;

import org.springframework.stereotype.Component;

import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;

/**
 * What experts, organisers and authors are told, in the app and by e-mail. No notice names an author to an expert
 * or a reviewer to an author: the subject's title and the deadlines are all they carry.
 */
@Component
class ReviewNotices {

	private final Notifications notifications;

	ReviewNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	void invited(long accountId, ReviewRequest request, ReviewAssignment assignment) {
		notifications.notify(accountId, Notice.of("review", "review.notice.invited.title", "review.notice.invited.body",
				request.getTitle(), assignment.getAnswerBy(), assignment.getSubmitBy())
			.withLink("/reviews/assignments/" + assignment.id()));
	}

	void dueSoon(long accountId, ReviewRequest request, ReviewAssignment assignment) {
		notifications.notify(accountId, Notice.of("review", "review.notice.due-soon.title",
				"review.notice.due-soon.body", request.getTitle(), assignment.getSubmitBy())
			.withLink("/reviews/assignments/" + assignment.id()));
	}

	void overdue(long accountId, ReviewRequest request, ReviewAssignment assignment) {
		notifications.notify(accountId, Notice.of("review", "review.notice.overdue.title",
				"review.notice.overdue.body", request.getTitle(), assignment.getSubmitBy())
			.withLink("/reviews/assignments/" + assignment.id()));
	}

	void declined(long accountId, ReviewRequest request) {
		notifications.notify(accountId, Notice.of("review", "review.notice.declined.title",
				"review.notice.declined.body", request.getTitle())
			.withLink("/manage/reviews/" + request.id()));
	}

	void submitted(long accountId, ReviewRequest request) {
		notifications.notify(accountId, Notice.of("review", "review.notice.submitted.title",
				"review.notice.submitted.body", request.getTitle())
			.withLink("/manage/reviews/" + request.id()));
	}

	void concluded(long accountId, ReviewRequest request) {
		notifications.notify(accountId, Notice.of("review", "review.notice.concluded.title",
				"review.notice.concluded.body", request.getTitle())
			.withLink("/reviews/requests/" + request.id() + "/conclusion.pdf"));
	}

}
