package kg.omb.review;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.review.domain.ExpertView;
import kg.omb.review.domain.ReviewReminders;
import kg.omb.review.domain.ReviewService;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.notifications.TestAccounts;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestMail;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders against the test clock, delivered by the real outbox to GreenMail: one a few days before the review is
 * due, one once it is overdue, each exactly once even when two nodes run the job at the same moment on one database.
 */
@SpringBootTest
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class ReviewRemindersTests {

	static final GreenMail MAIL = TestMail.start();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMail.deliverTo(MAIL, registry);
	}

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	@Autowired
	AssociationFixture fixture;

	@Autowired
	kg.omb.review.domain.ExpertPool expertPool;

	ReviewFixture experts;

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewReminders reminders;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAcceptedReviewIsRemindedOnceBeforeItIsDueAndOnceWhenOverdueEvenWithTwoNodes() throws Exception {
		Omb omb = fixture.standardOmb(Region.NARYN);
		experts = new ReviewFixture(fixture, expertPool);
		ExpertView expert = experts.approvedExpert("Эскертилген " + omb.n(), omb.employerId(),
				Set.of(omb.codes().direction()));
		LocalDate today = Bishkek.today(clock);
		NewReviewRequest asked = new NewReviewRequest("manuscript", 800_000 + omb.n(), 1, null,
				LocalizedText.of("Окуу китеби " + omb.n(), null, null), "ky", Set.of(omb.codes().direction()),
				omb.id(), null, null, List.of(), List.of(new ReviewCriterion("Мазмуну", 10)), 1, ReviewMode.OPEN,
				today.plusDays(3), today.plusDays(10));
		long invitation = TestAccount.runAs(omb.chairAccountId(), "OMB_CHAIR@ASSOCIATION:" + omb.id(), () -> {
			ReviewRequestView request = reviews.request(asked);
			return reviews.invite(request.id(), expert.id(), null).id();
		});
		TestAccount.runAs(expert.accountId(), "PARTICIPANT", () -> {
			reviews.accept(invitation, reviews.task(invitation).assignment().lock(), true);
			return null;
		});
		reminders.remindNow();
		assertThat(count(expert, "review.notice.due-soon.title")).as("not yet within three days of the due date")
			.isZero();

		clock.advance(Duration.ofDays(8));
		twoNodesAtOnce();
		assertThat(count(expert, "review.notice.due-soon.title")).isEqualTo(1);
		reminders.remindNow();
		assertThat(count(expert, "review.notice.due-soon.title")).isEqualTo(1);

		clock.advance(Duration.ofDays(3));
		twoNodesAtOnce();
		reminders.remind();
		assertThat(count(expert, "review.notice.overdue.title")).isEqualTo(1);
		assertThat(count(expert, "review.notice.due-soon.title")).isEqualTo(1);

		String address = TestAccounts.email(expert.accountId());
		String title = "Окуу китеби " + omb.n();
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.until(() -> subjects(address).stream().filter(subject -> subject.contains(title)).count() >= 3);
		assertThat(subjects(address).stream().filter(subject -> subject.contains(title))).containsExactlyInAnyOrder("Экспертизага чакыруу: " + title,
				"Пикирдин мөөнөтү жакындады: " + title, "Пикирдин мөөнөтү өттү: " + title);
	}

	static List<String> subjects(String address) throws MessagingException {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : MAIL.getReceivedMessages()) {
			if (Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().contains(address))) {
				subjects.add(message.getSubject());
			}
		}
		return subjects;
	}

	void twoNodesAtOnce() {
		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(reminders::remindNow);
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(reminders::remindNow);
		first.join();
		second.join();
	}

	long count(ExpertView expert, String titleKey) {
		return jdbc.queryForObject("select count(*) from notification where account_id = ? and title_key = ?",
				Long.class, expert.accountId(), titleKey);
	}

}
