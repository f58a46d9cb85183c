package kg.omb.surveys.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;
import kg.omb.shared.Bishkek;

/**
 * Reminds the representatives of organisations that have not submitted their answer: once three days before the
 * deadline and once the day after it, by the server's calendar. Runs every morning on one node.
 */
@Service
public class SurveyReminders {

	static final int DAYS_BEFORE = 3;

	private final SurveyRounds rounds;

	private final SurveyAnswers answers;

	private final SurveyTemplates templates;

	private final Accounts accounts;

	private final Notifications notifications;

	private final Clock clock;

	SurveyReminders(SurveyRounds rounds, SurveyAnswers answers, SurveyTemplates templates, Accounts accounts,
			Notifications notifications, Clock clock) {
		this.rounds = rounds;
		this.answers = answers;
		this.templates = templates;
		this.accounts = accounts;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Scheduled(cron = "${omb.surveys.reminders-cron:0 0 8 * * *}", zone = "Asia/Bishkek")
	@SchedulerLock(name = "surveys-reminders")
	public void remindToday() {
		remind(Bishkek.today(clock));
	}

	/** Sends the reminders due on the day; returns how many notices went out. */
	@Transactional
	public int remind(LocalDate day) {
		int sent = 0;
		for (SurveyRound round : rounds.findByClosedFalseAndDeadlineGreaterThanEqual(day.minusDays(1))) {
			SurveyTemplate template = templates.findById(round.getTemplateId()).orElseThrow();
			for (SurveyAnswer answer : answers.findByRoundIdOrderById(round.id())) {
				if (!answer.remindOn(round, day, DAYS_BEFORE)) {
					continue;
				}
				boolean late = day.isAfter(round.getDeadline());
				List<AccountView> representatives = accounts.holding(Role.ORG_REPRESENTATIVE,
						Scope.of(ScopeType.ORGANIZATION, answer.getOrganizationId()));
				for (AccountView representative : representatives) {
					notifications.notify(representative.id(),
							Notice.of("surveys", late ? "surveys.notice.late.title" : "surveys.notice.due.title",
									late ? "surveys.notice.late.body" : "surveys.notice.due.body",
									template.getTitle(), round.getDeadline())
								.withLink("/surveys/answers/" + answer.id()));
					sent++;
				}
			}
		}
		return sent;
	}

}
