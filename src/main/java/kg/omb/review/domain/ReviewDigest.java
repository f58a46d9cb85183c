package kg.omb.review.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.Associations;
import kg.omb.association.MemberView;
import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;
import kg.omb.review.ReviewStatus;
import kg.omb.shared.Bishkek;

/**
 * Once a week (Monday 08:00 in Bishkek by default), once across all nodes: every chair and secretary whose OMB has
 * reviews in progress is told how many invitations are overdue (unanswered or unsubmitted past their day), how many
 * subjects still lack reviewers, and how many have all their reviews and wait for a decision. Nobody with nothing
 * to see is told.
 */
@Component
public class ReviewDigest {

	private final ReviewRequestRepository requests;

	private final AssignmentRepository assignments;

	private final Associations associations;

	private final Notifications notifications;

	private final Clock clock;

	ReviewDigest(ReviewRequestRepository requests, AssignmentRepository assignments, Associations associations,
			Notifications notifications, Clock clock) {
		this.requests = requests;
		this.assignments = assignments;
		this.associations = associations;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Scheduled(cron = "${omb.review.digest.cron:0 0 8 * * MON}", zone = "Asia/Bishkek")
	@SchedulerLock(name = "review-digest")
	public void weekly() {
		sendNow();
	}

	/** Sends the digest as of the clock now; returns how many people were told. */
	@Transactional
	public int sendNow() {
		LocalDate today = Bishkek.today(clock);
		Map<Long, int[]> byOrganiser = new TreeMap<>();
		for (ReviewRequest request : requests.findAllByOrderByIdDesc()) {
			if (request.getStatus() != ReviewStatus.IN_PROGRESS) {
				continue;
			}
			List<ReviewAssignment> round = assignments.findByRequestIdOrderByRoundAscOrdinalAsc(request.id())
				.stream()
				.filter(a -> a.getRound() == request.getRound())
				.toList();
			long overdue = round.stream()
				.filter(a -> a.getStatus() == AssignmentStatus.INVITED && today.isAfter(a.getAnswerBy())
						|| a.getStatus() == AssignmentStatus.ACCEPTED && today.isAfter(a.getSubmitBy()))
				.count();
			long engaged = round.stream()
				.filter(a -> AssignmentStatus.ACTIVE.contains(a.getStatus()) || a.getStatus() == AssignmentStatus.SUBMITTED)
				.count();
			long submitted = round.stream().filter(a -> a.getStatus() == AssignmentStatus.SUBMITTED).count();
			int[] counts = { (int) overdue, engaged < request.getReviewersNeeded() ? 1 : 0,
					submitted >= request.getReviewersNeeded() ? 1 : 0 };
			if (counts[0] + counts[1] + counts[2] == 0) {
				continue;
			}
			for (long organiser : organisers(request.getAssociationId())) {
				int[] total = byOrganiser.computeIfAbsent(organiser, id -> new int[3]);
				for (int i = 0; i < 3; i++) {
					total[i] += counts[i];
				}
			}
		}
		byOrganiser.forEach((organiser, counts) -> notifications.notify(organiser,
				Notice.of("review", "review.notice.digest.title", "review.notice.digest.body", counts[0], counts[1],
						counts[2])
					.withLink("/manage/reviews")));
		return byOrganiser.size();
	}

	private Set<Long> organisers(long associationId) {
		Set<Long> organisers = new HashSet<>();
		associations.find(associationId).map(a -> a.chairAccountId()).filter(Objects::nonNull).ifPresent(organisers::add);
		associations.members(associationId)
			.stream()
			.filter(MemberView::secretary)
			.map(MemberView::accountId)
			.filter(Objects::nonNull)
			.forEach(organisers::add);
		return organisers;
	}

}
