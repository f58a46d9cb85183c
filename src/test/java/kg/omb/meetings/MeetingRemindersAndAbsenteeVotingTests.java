package kg.omb.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.association.domain.MemberDetails;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.directory.Region;
import kg.omb.meetings.domain.Attendance;
import kg.omb.meetings.domain.Choice;
import kg.omb.meetings.domain.MeetingReminders;
import kg.omb.meetings.domain.MeetingService;
import kg.omb.meetings.domain.NewAgendaItem;
import kg.omb.meetings.domain.QuorumRule;
import kg.omb.meetings.domain.Reply;
import kg.omb.meetings.domain.ScheduleMeeting;
import kg.omb.meetings.domain.VotingService;
import kg.omb.notifications.TestAccounts;
import kg.omb.shared.DomainException;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;
import kg.omb.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Against the test clock, with the real outbox delivering to GreenMail: the roll is reminded of a meeting once, a
 * day before, except who declined, even when two nodes run the job at once; absentee voting only where the chair
 * recorded that the bylaws allow it; members not present vote before the deadline, those who have not voted are
 * reminded of it once, and the tally closes at the deadline, once, making the decision when the votes cast reach
 * the quorum.
 */
@SpringBootTest
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class MeetingRemindersAndAbsenteeVotingTests {

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
	MeetingService meetings;

	@Autowired
	VotingService voting;

	@Autowired
	MeetingReminders reminders;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Omb omb;

	long secretary;

	List<Long> members = new ArrayList<>();

	@Test
	void remindersOnceAndAnAbsenteeVoteClosedAtItsDeadline() throws Exception {
		clock.set(Instant.parse("2026-12-02T06:00:00Z"));
		omb = fixture.standardOmb(Region.TALAS);
		secretary = fixture.asAdministrator(() -> fixture.account("Катчы Өмүрова"));
		for (String name : List.of("Үмүт Мүчө", "Бекзат Мүчө", "Сезим Мүчө")) {
			long account = fixture.asAdministrator(() -> fixture.account(name));
			fixture.asAdministrator(() -> fixture.member(omb.id(), new MemberDetails(name, null, account,
					omb.baseOrganizationId(), "Доцент", StakeholderKind.ACADEMIC_STAFF, null, MemberRole.MEMBER, null)));
			members.add(account);
		}
		String title = "Эскертилүүчү жыйын " + omb.n();
		long meeting = asSecretary(() -> meetings.schedule(new ScheduleMeeting(omb.id(), null, title,
				clock.instant().plus(Duration.ofDays(3)), "Зал 2", "https://meet.example.kg/r" + omb.n())));
		asMember(2, () -> {
			meetings.reply(meeting, Reply.DECLINED);
			return null;
		});
		reminders.remindNow();
		assertThat(count(members.get(0), "meetings.notice.reminder.title")).as("three days ahead").isZero();

		clock.advance(Duration.ofHours(60));
		twoNodesAtOnce(reminders::remindNow);
		reminders.remindNow();
		assertThat(count(members.get(0), "meetings.notice.reminder.title")).isEqualTo(1);
		assertThat(count(omb.chairAccountId(), "meetings.notice.reminder.title")).isEqualTo(1);
		assertThat(count(members.get(2), "meetings.notice.reminder.title")).as("declined").isZero();

		asSecretary(() -> {
			meetings.addItem(meeting, lock(meeting), new NewAgendaItem("Сырттан каралуучу маселе " + omb.n(),
					"Сунушту колдоо", null, null));
			return null;
		});
		clock.advance(Duration.ofHours(12));
		asSecretary(() -> {
			meetings.open(meeting, lock(meeting));
			return null;
		});
		long item = jdbc.queryForObject("select id from meeting_agenda_item where meeting_id = ?", Long.class, meeting);
		Instant deadline = clock.instant().plus(Duration.ofDays(2));
		assertThatThrownBy(() -> asSecretary(() -> voting.openVote(meeting, item, true, deadline)))
			.isInstanceOf(DomainException.class).hasMessageContaining("absentee-not-allowed");
		assertThatThrownBy(() -> asSecretary(() -> setAbsentee(true))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> asMember(0, () -> setAbsentee(true))).isInstanceOf(AccessDeniedException.class);
		TestAccount.runAs(omb.chairAccountId(), "OMB_CHAIR@ASSOCIATION:" + omb.id(), () -> setAbsentee(true));
		assertThatThrownBy(() -> asMember(0, () -> voting.openVote(meeting, item, true, deadline)))
			.isInstanceOf(AccessDeniedException.class);

		// one present of six: no quorum in the room, but the absentee vote may open
		asMember(0, () -> {
			meetings.markMyAttendance(meeting, Attendance.ONLINE);
			return null;
		});
		asSecretary(() -> voting.openVote(meeting, item, true, deadline));
		cast(0, meeting, item, Choice.FOR);
		cast(1, meeting, item, Choice.FOR);
		assertThatThrownBy(() -> asSecretary(() -> voting.closeVote(meeting, item)))
			.hasMessageContaining("absentee-open-until");
		asSecretary(() -> {
			meetings.close(meeting, lock(meeting));
			return null;
		});

		clock.advance(Duration.ofHours(36));
		twoNodesAtOnce(reminders::remindNow);
		assertThat(count(members.get(2), "meetings.notice.absentee-reminder.title")).isEqualTo(1);
		assertThat(count(omb.chairAccountId(), "meetings.notice.absentee-reminder.title")).isEqualTo(1);
		assertThat(count(members.get(0), "meetings.notice.absentee-reminder.title")).as("voted already").isZero();
		cast(2, meeting, item, Choice.AGAINST);
		TestAccount.runAs(omb.chairAccountId(), "OMB_MEMBER@ASSOCIATION:" + omb.id(), () -> {
			voting.cast(meeting, item, Choice.FOR);
			return null;
		});
		assertThat(voting.closeDueAbsenteeVotes()).as("not before the deadline").isZero();

		clock.advance(Duration.ofHours(13));
		assertThatThrownBy(() -> cast(1, meeting, item, Choice.AGAINST)).hasMessageContaining("vote-closed");
		twoNodesAtOnce(voting::closeDueAbsenteeVotes);
		assertThat(jdbc.queryForMap("select status, for_count, against_count, without_quorum from meeting_vote"
				+ " where meeting_id = ?", meeting)).containsEntry("STATUS", "CLOSED").containsEntry("FOR_COUNT", 3)
			.containsEntry("AGAINST_COUNT", 1).containsEntry("WITHOUT_QUORUM", false);
		assertThat(jdbc.queryForList("select c.choice, c.absentee from meeting_vote_cast c join meeting_vote v"
				+ " on v.id = c.vote_id where v.meeting_id = ?", meeting)).hasSize(4)
			.allSatisfy(row -> assertThat(row.get("CHOICE")).isNull())
			.filteredOn(row -> Boolean.TRUE.equals(row.get("ABSENTEE"))).hasSize(3);
		assertThat(jdbc.queryForObject("select count(*) from meeting_decision where meeting_id = ?", Integer.class,
				meeting)).isEqualTo(1);

		String address = TestAccounts.email(members.get(0));
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.until(() -> subjects(address).contains("Жыйын жакындады: " + title));
		assertThat(subjects(address).stream().filter(s -> s.contains(title))).containsOnlyOnce(
				"Жыйын жакындады: " + title);
	}

	Void setAbsentee(boolean allowed) {
		meetings.setQuorumRule(omb.id(), QuorumRule.MORE_THAN_HALF, allowed);
		return null;
	}

	void cast(int member, long meeting, long item, Choice choice) {
		asMember(member, () -> {
			voting.cast(meeting, item, choice);
			return null;
		});
	}

	long lock(long meeting) {
		return jdbc.queryForObject("select version from meeting where id = ?", Long.class, meeting);
	}

	<T> T asSecretary(Supplier<T> action) {
		return TestAccount.runAs(secretary, "OMB_SECRETARY@ASSOCIATION:" + omb.id(), action);
	}

	<T> T asMember(int index, Supplier<T> action) {
		return TestAccount.runAs(members.get(index), "OMB_MEMBER@ASSOCIATION:" + omb.id(), action);
	}

	static void twoNodesAtOnce(Supplier<Integer> job) {
		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(job);
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(job);
		first.join();
		second.join();
	}

	long count(long account, String titleKey) {
		return jdbc.queryForObject("select count(*) from notification where account_id = ? and title_key = ?",
				Long.class, account, titleKey);
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

}
