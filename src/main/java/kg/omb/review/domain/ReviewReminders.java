package kg.omb.review.domain;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import kg.omb.shared.Bishkek;

/**
 * Every hour by default, once across all nodes: an expert whose accepted review is due within the next days (3
 * by default) is reminded once, and once more when it is overdue. Each reminder is marked on its invitation in the
 * same transaction as its notification, and the invitation's optimistic lock refuses a second marking, so a due
 * event is told exactly once even when two nodes ran at the same time.
 */
@Component
public class ReviewReminders {

	private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);

	private final AssignmentRepository assignments;

	private final ReviewRequestRepository requests;

	private final ExpertRepository experts;

	private final ReviewNotices notices;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int daysBefore;

	ReviewReminders(AssignmentRepository assignments, ReviewRequestRepository requests, ExpertRepository experts,
			ReviewNotices notices, PlatformTransactionManager transactions, Clock clock,
			@Value("${omb.review.remind-days-before:3}") int daysBefore) {
		this.assignments = assignments;
		this.requests = requests;
		this.experts = experts;
		this.notices = notices;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.daysBefore = daysBefore;
	}

	@Scheduled(cron = "${omb.review.reminders.cron:0 15 * * * *}", zone = "Asia/Bishkek")
	@SchedulerLock(name = "review-reminders")
	public void remind() {
		int sent = remindNow();
		if (sent > 0) {
			log.info("Review reminders: {} sent", sent);
		}
	}

	/** Sends the reminders that are due by the clock now; returns how many. */
	public int remindNow() {
		LocalDate today = Bishkek.today(clock);
		int sent = 0;
		for (ReviewAssignment due : assignments.findByStatusAndSubmitByLessThanEqual(AssignmentStatus.ACCEPTED,
				today.plusDays(daysBefore))) {
			try {
				Boolean told = transactions.execute(status -> remind(due.id(), today));
				if (Boolean.TRUE.equals(told)) {
					sent++;
				}
			}
			catch (org.springframework.dao.OptimisticLockingFailureException anotherNodeWasFaster) {
				log.debug("Reminder for review {} was sent by another node", due.id());
			}
		}
		return sent;
	}

	private boolean remind(long assignmentId, LocalDate today) {
		ReviewAssignment assignment = assignments.findById(assignmentId).orElse(null);
		if (assignment == null) {
			return false;
		}
		ReviewRequest request = requests.findById(assignment.getRequestId()).orElseThrow();
		long account = experts.findById(assignment.getExpertId()).orElseThrow().getAccountId();
		boolean overdue = today.isAfter(assignment.getSubmitBy());
		if (overdue ? assignment.remindOverdue(clock.instant()) : assignment.remindBefore(clock.instant())) {
			assignments.saveAndFlush(assignment);
			if (overdue) {
				notices.overdue(account, request, assignment);
			}
			else {
				notices.dueSoon(account, request, assignment);
			}
			return true;
		}
		return false;
	}

}
