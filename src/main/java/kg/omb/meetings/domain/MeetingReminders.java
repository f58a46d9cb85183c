package kg.omb.meetings.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;

/**
 * Every few minutes, once across all nodes: the members on the roll of a meeting that starts within the next hours
 * (24 by default) who have not declined are reminded of it, and the members who have not yet voted in an absentee
 * vote whose deadline comes within those hours are reminded of the deadline; then the absentee votes whose deadline
 * passed are closed. Each reminder is marked on its meeting or vote in the same transaction as its notifications,
 * and the optimistic lock refuses a second marking, so a due event is told exactly once even when two nodes ran at
 * the same time.
 */
@Component
public class MeetingReminders {

	private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

	private final MeetingRepository meetings;

	private final VoteRepository votes;

	private final VotingService voting;

	private final Notifications notifications;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration before;

	MeetingReminders(MeetingRepository meetings, VoteRepository votes, VotingService voting,
			Notifications notifications, PlatformTransactionManager transactions, Clock clock,
			@Value("${omb.meetings.remind-hours-before:24}") int hoursBefore) {
		this.meetings = meetings;
		this.votes = votes;
		this.voting = voting;
		this.notifications = notifications;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.before = Duration.ofHours(hoursBefore);
	}

	@Scheduled(cron = "${omb.meetings.reminders.cron:0 */5 * * * *}", zone = "Asia/Bishkek")
	@SchedulerLock(name = "meeting-reminders")
	public void remind() {
		int sent = remindNow();
		int closed = voting.closeDueAbsenteeVotes();
		if (sent > 0 || closed > 0) {
			log.info("Meeting reminders: {} sent; absentee votes closed at their deadline: {}", sent, closed);
		}
	}

	/** Sends the reminders that are due by the clock now; returns how many meetings and votes were reminded of. */
	public int remindNow() {
		Instant now = clock.instant();
		int sent = 0;
		for (Meeting due : meetings.findByStatusAndRemindedAtIsNullAndStartsAtBetween(MeetingStatus.SCHEDULED, now,
				now.plus(before))) {
			sent += once(() -> remindOfMeeting(due.id(), now), "meeting " + due.id());
		}
		for (Vote due : votes.findByStatusAndRemindedAtIsNullAndAbsenteeUntilBetween(VoteStatus.OPEN, now,
				now.plus(before))) {
			sent += once(() -> remindOfDeadline(due.id(), now), "vote " + due.id());
		}
		return sent;
	}

	private int once(java.util.function.Supplier<Boolean> reminder, String what) {
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> reminder.get())) ? 1 : 0;
		}
		catch (OptimisticLockingFailureException anotherNodeWasFaster) {
			log.debug("The reminder of {} was sent by another node", what);
			return 0;
		}
	}

	private boolean remindOfMeeting(long meetingId, Instant now) {
		Meeting meeting = meetings.findById(meetingId).orElse(null);
		if (meeting == null || !meeting.markReminded(now)) {
			return false;
		}
		meetings.saveAndFlush(meeting);
		Notice notice = Notice.of("meetings", "meetings.notice.reminder.title", "meetings.notice.reminder.body",
				meeting.getTitle(), meeting.getStartsAt(), Objects.requireNonNullElse(meeting.getPlace(), ""),
				Objects.requireNonNullElse(meeting.getLink(), ""))
			.withLink(MeetingService.path(meeting));
		notifyRoll(meeting, participant -> participant.getReply() != Reply.DECLINED, notice);
		return true;
	}

	private boolean remindOfDeadline(long voteId, Instant now) {
		Vote vote = votes.findById(voteId).orElse(null);
		if (vote == null || !vote.markReminded(now)) {
			return false;
		}
		votes.saveAndFlush(vote);
		Meeting meeting = meetings.findById(vote.getMeetingId()).orElseThrow();
		String item = meeting.item(vote.getAgendaItemId()).map(AgendaItem::getTitle).orElse(meeting.getTitle());
		Notice notice = Notice.of("meetings", "meetings.notice.absentee-reminder.title",
				"meetings.notice.absentee-reminder.body", item, meeting.getTitle(),
				Objects.requireNonNull(vote.getAbsenteeUntil()))
			.withLink(MeetingService.path(meeting));
		notifyRoll(meeting, participant -> !vote.hasVoted(participant.id()), notice);
		return true;
	}

	private void notifyRoll(Meeting meeting, Predicate<Participant> who, Notice notice) {
		meeting.getParticipants()
			.stream()
			.filter(who)
			.map(Participant::getAccountId)
			.filter(Objects::nonNull)
			.forEach(account -> notifications.notify(account, notice));
	}

}
