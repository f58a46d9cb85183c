package kg.omb.meetings;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.association.domain.MemberDetails;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.directory.Region;
import kg.omb.meetings.domain.Attendance;
import kg.omb.meetings.domain.Choice;
import kg.omb.meetings.domain.MeetingService;
import kg.omb.meetings.domain.MinutesService;
import kg.omb.meetings.domain.NewAgendaItem;
import kg.omb.meetings.domain.QuorumRule;
import kg.omb.meetings.domain.ScheduleMeeting;
import kg.omb.meetings.domain.VotingService;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The minutes of a meeting whose two votes stayed open for absentee voting: one member voted in the meeting and
 * three by absentee ballot. The minutes and the meeting's page say who voted absentee and how many voted each way,
 * for the secret ballot too, and never how anyone voted in the secret ballot; in the open ballot, how each voted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class MinutesAbsenteeVotesTests {

	@Autowired
	AssociationFixture fixture;

	@Autowired
	MeetingService meetings;

	@Autowired
	VotingService voting;

	@Autowired
	MinutesService minutes;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	Omb omb;

	long secretary;

	final List<Long> members = new ArrayList<>();

	@Test
	void theMinutesNameTheAbsenteeVotersAndCountTheirVotesWithoutTheSecretChoices() throws Exception {
		clock.set(Instant.parse("2026-12-02T06:00:00Z"));
		omb = fixture.standardOmb(Region.ISSYK_KUL);
		secretary = fixture.asAdministrator(() -> fixture.account("Катчы Үсөнова"));
		for (String name : List.of("Айнура Мүчө " + omb.n(), "Бекзат Мүчө " + omb.n(), "Сезим Мүчө " + omb.n())) {
			long account = fixture.asAdministrator(() -> fixture.account(name));
			fixture.asAdministrator(() -> fixture.member(omb.id(), new MemberDetails(name, null, account,
					omb.baseOrganizationId(), "Доцент", StakeholderKind.ACADEMIC_STAFF, null, MemberRole.MEMBER, null)));
			members.add(account);
		}
		asChair(() -> {
			meetings.setQuorumRule(omb.id(), QuorumRule.MORE_THAN_HALF, true);
			return null;
		});
		long meeting = asSecretary(() -> meetings.schedule(new ScheduleMeeting(omb.id(), null,
				"Сырттан добуш берилген жыйын " + omb.n(), clock.instant().plus(Duration.ofDays(1)), "Зал 3", null)));
		asSecretary(() -> {
			meetings.addItem(meeting, lock(meeting), new NewAgendaItem("Жашыруун маселе", "Төраганы шайлоо", null,
					null));
			meetings.addItem(meeting, lock(meeting), new NewAgendaItem("Ачык маселе", "Планды бекитүү", null, null));
			return null;
		});
		clock.advance(Duration.ofHours(25));
		asSecretary(() -> {
			meetings.open(meeting, lock(meeting));
			return null;
		});
		asMember(0, () -> {
			meetings.markMyAttendance(meeting, Attendance.IN_PERSON);
			return null;
		});
		List<Long> items = jdbc.queryForList("select id from meeting_agenda_item where meeting_id = ? order by position",
				Long.class, meeting);
		Instant deadline = clock.instant().plus(Duration.ofDays(2));
		asSecretary(() -> voting.openVote(meeting, items.get(0), true, deadline));
		asSecretary(() -> voting.openVote(meeting, items.get(1), false, deadline));
		cast(0, meeting, items, Choice.FOR, Choice.FOR);
		cast(1, meeting, items, Choice.AGAINST, Choice.AGAINST);
		cast(2, meeting, items, Choice.FOR, Choice.ABSTAIN);
		asChair(() -> {
			voting.cast(meeting, items.get(0), Choice.FOR);
			voting.cast(meeting, items.get(1), Choice.FOR);
			return null;
		});
		asSecretary(() -> {
			meetings.close(meeting, lock(meeting));
			return null;
		});
		clock.advance(Duration.ofDays(2).plusHours(1));
		assertThat(voting.closeDueAbsenteeVotes()).isEqualTo(2);

		String absentees = "Бекзат Мүчө " + omb.n() + ", Сезим Мүчө " + omb.n() + ", Төрага " + omb.n();
		String text = text(asSecretary(() -> minutes.draftPdf(meeting, Locale.forLanguageTag("ky"))));
		String secret = text.substring(text.indexOf("Жашыруун маселе"), text.indexOf("Ачык маселе"));
		assertThat(secret).contains("макул 3, каршы 1, калыс 0", "Жыйында берилген добуштар: 1; сырттан: 3.",
				"Сырттан добуш бергендер: " + absentees)
			.doesNotContain("Бекзат Мүчө " + omb.n() + ": Каршы", ": Макул");
		String open = text.substring(text.indexOf("Ачык маселе"));
		assertThat(open).contains("макул 2, каршы 1, калыс 1", "Жыйында берилген добуштар: 1; сырттан: 3.",
				"Сырттан добуш бергендер: " + absentees, "Бекзат Мүчө " + omb.n() + ": Каршы",
				"Сезим Мүчө " + omb.n() + ": Калыс");
		assertThat(text(asSecretary(() -> minutes.draftPdf(meeting, Locale.forLanguageTag("ru")))))
			.contains("Проголосовали заочно: " + absentees, "Голосов на заседании: 1; заочных: 3.");

		String page = mvc.perform(get("/manage/meetings/" + meeting).with(authentication(
				UsernamePasswordAuthenticationToken.authenticated(new TestAccount(secretary, "s@omb.test", "Катчы"),
						null, List.of(new SimpleGrantedAuthority("OMB_SECRETARY@ASSOCIATION:" + omb.id()),
								new SimpleGrantedAuthority("ROLE_OMB_SECRETARY"))))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("absentee-voters", "Сырттан берилген добуштар: 3", absentees);
	}

	void cast(int member, long meeting, List<Long> items, Choice first, Choice second) {
		asMember(member, () -> {
			voting.cast(meeting, items.get(0), first);
			voting.cast(meeting, items.get(1), second);
			return null;
		});
	}

	long lock(long meeting) {
		return jdbc.queryForObject("select version from meeting where id = ?", Long.class, meeting);
	}

	<T> T asSecretary(Supplier<T> action) {
		return TestAccount.runAs(secretary, "OMB_SECRETARY@ASSOCIATION:" + omb.id(), action);
	}

	<T> T asChair(Supplier<T> action) {
		return TestAccount.runAs(omb.chairAccountId(), "OMB_CHAIR@ASSOCIATION:" + omb.id(), action);
	}

	<T> T asMember(int index, Supplier<T> action) {
		return TestAccount.runAs(members.get(index), "OMB_MEMBER@ASSOCIATION:" + omb.id(), action);
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
