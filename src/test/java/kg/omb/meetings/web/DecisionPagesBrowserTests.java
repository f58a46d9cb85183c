package kg.omb.meetings.web;

import java.time.Clock;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.association.domain.MemberDetails;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.directory.Region;
import kg.omb.meetings.domain.Attendance;
import kg.omb.meetings.domain.Choice;
import kg.omb.meetings.domain.MeetingService;
import kg.omb.meetings.domain.NewAgendaItem;
import kg.omb.meetings.domain.ScheduleMeeting;
import kg.omb.meetings.domain.VotingService;
import kg.omb.support.BrowserTest;
import kg.omb.support.TestAccount;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public decisions in a browser: a decision taken at an online meeting is listed at {@code /decisions},
 * filtered by its OMB, and its page says it is a recommendation; both pages pass axe (WCAG 2.1 AA) in ky, ru, en.
 */
@Import(AssociationFixture.class)
class DecisionPagesBrowserTests extends BrowserTest {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@Autowired
	AssociationFixture fixture;

	@Autowired
	MeetingService meetings;

	@Autowired
	VotingService voting;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aDecisionIsListedAndShownAndBothPagesPassAxeInEveryLanguage() {
		Omb omb = fixture.standardOmb(Region.ISSYK_KUL);
		long member = fixture.asAdministrator(() -> fixture.account("Браузер Мүчө " + omb.n()));
		fixture.asAdministrator(() -> fixture.member(omb.id(), new MemberDetails("Браузер Мүчө " + omb.n(), null,
				member, omb.baseOrganizationId(), "Доцент", StakeholderKind.ACADEMIC_STAFF, null, MemberRole.MEMBER,
				null)));
		String secretary = "OMB_SECRETARY@ASSOCIATION:" + omb.id();
		long secretaryAccount = fixture.asAdministrator(() -> fixture.account("Катчы " + omb.n()));
		long meeting = TestAccount.runAs(secretaryAccount, secretary, () -> meetings.schedule(new ScheduleMeeting(
				omb.id(), null, "Жыйын " + omb.n(), clock.instant().plusSeconds(86400), null, "https://meet.example.kg/b")));
		TestAccount.runAs(secretaryAccount, secretary, () -> {
			meetings.addItem(meeting, 0, new NewAgendaItem("Сунуштама " + omb.n(), "Окуу пландарын жаңылоону сунуштоо",
					null, null));
			meetings.open(meeting, version(meeting));
			for (long participant : jdbc.queryForList("select id from meeting_participant where meeting_id = ?",
					Long.class, meeting)) {
				meetings.recordAttendance(meeting, participant, Attendance.ONLINE);
			}
			long item = jdbc.queryForObject("select id from meeting_agenda_item where meeting_id = ?", Long.class,
					meeting);
			voting.openVote(meeting, item, false);
			TestAccount.runAs(member, "OMB_MEMBER@ASSOCIATION:" + omb.id(), () -> {
				voting.cast(meeting, item, Choice.FOR);
				return null;
			});
			return voting.closeVote(meeting, item);
		});

		for (String language : List.of("ky", "ru", "en")) {
			page.navigate(url("/decisions?omb=" + omb.id() + "&lang=" + language));
			assertThat(page.locator(".decision-entry")).hasCount(1);
			axe("/decisions", language);
			page.locator(".decision-entry a").first().click();
			assertThat(page.locator("#recommendation")).isVisible();
			assertThat(page.locator("#decision-text")).hasText("Окуу пландарын жаңылоону сунуштоо");
			axe("/decisions/{id}", language);
		}
	}

	private long version(long meeting) {
		return jdbc.queryForObject("select version from meeting where id = ?", Long.class, meeting);
	}

	private void axe(String path, String language) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
		assertThat(results.getPasses()).as("rules axe checked and passed").isNotEmpty();
		assertThat(results.getViolations()).as("WCAG 2.1 AA violations on %s in %s: %s", path, language,
				results.getViolations().stream().map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes()).toList())
			.isEmpty();
	}

}
