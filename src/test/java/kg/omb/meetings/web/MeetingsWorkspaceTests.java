package kg.omb.meetings.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.association.domain.MemberDetails;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.directory.Region;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.meetings.DecisionSummary;
import kg.omb.meetings.Decisions;
import kg.omb.search.domain.PortalSearch;
import kg.omb.search.SearchRequest;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Meetings per role: the secretary schedules an online meeting of the OMB and its members are invited; a member
 * and another OMB's secretary may not schedule; the agenda takes an item on a draft's version; without quorum no
 * vote is opened; members mark their attendance, vote in a secret ballot that stores no choice, and the adopted
 * proposal becomes a public decision that says it is a recommendation and links to the draft; pages in ky, ru, en.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class MeetingsWorkspaceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	@Autowired
	Documents documents;

	@Autowired
	Decisions decisions;

	@Autowired
	AdjustableClock clock;

	@Autowired
	PortalSearch search;

	@Autowired
	JdbcTemplate jdbc;

	Omb omb;

	long secretaryAccount;

	List<Long> members = new ArrayList<>();

	@BeforeEach
	void oneOmbWithThreeMembersWhoHaveAccounts() {
		clock.set(Instant.parse("2026-12-02T06:00:00Z"));
		omb = fixture.standardOmb(Region.CHUY);
		secretaryAccount = fixture.asAdministrator(() -> fixture.account("Катчы Асанова"));
		members.clear();
		for (String name : List.of("Айбек Мүчө", "Гүлзат Мүчө", "Нурлан Мүчө")) {
			long account = fixture.asAdministrator(() -> fixture.account(name));
			fixture.asAdministrator(() -> fixture.member(omb.id(), new MemberDetails(name, null, account,
					omb.baseOrganizationId(), "Доцент", StakeholderKind.ACADEMIC_STAFF, null, MemberRole.MEMBER, null)));
			members.add(account);
		}
	}

	@Test
	void theSecretarySchedulesAnOnlineMeetingAndTheMembersAreInvited() throws Exception {
		String form = page(get("/manage/meetings"), secretary());
		assertThat(form).contains("id=\"schedule-meeting\"", omb.nameKy(), "Экономика секциясы " + omb.n());

		long id = schedule("https://meet.example.kg/omb-" + omb.n());
		String meeting = page(get("/manage/meetings/" + id), secretary());
		// roll: the two members of the fixture, the three with accounts and the chair
		assertThat(meeting).contains("Онлайн жыйындын шилтемеси", "https://meet.example.kg/omb-" + omb.n(),
				"Айбек Мүчө", "Академик " + omb.n(), "Катышып жатканы: 0 / 6; талап кылынат: 4", "Кворум жок");
		for (long member : members) {
			assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and category = 'meetings'"
					+ " and link = ?", Integer.class, member, "/manage/meetings/" + id)).isEqualTo(1);
		}
		assertThat(page(get("/manage/meetings"), member(0))).contains("Жыйындын күн тартиби " + omb.n());
		assertThat(page(get("/manage/meetings/" + id).param("lang", "ru"), member(0))).contains("Кворума нет");
		assertThat(page(get("/manage/meetings/" + id).param("lang", "en"), member(0))).contains("No quorum");
	}

	@Test
	void aMemberAndAnotherOmbsSecretaryMayNotScheduleAndNothingIsSaved() throws Exception {
		int before = jdbc.queryForObject("select count(*) from meeting", Integer.class);
		for (RequestPostProcessor who : List.of(member(0), as(secretaryAccount, "OMB_SECRETARY@ASSOCIATION:" + (omb.id() + 1000)))) {
			mvc.perform(schedulePost("https://meet.example.kg/x").with(who)).andExpect(status().isForbidden());
		}
		assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isEqualTo(before);
	}

	@Test
	void aMeetingWithoutPlaceOrLinkIsRefusedOnTheForm() throws Exception {
		String body = mvc.perform(schedulePost("").with(secretary()))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(body).contains("Өтүүчү жерди, онлайн жыйындын шилтемесин же экөөнү тең көрсөтүңүз.");
	}

	@Test
	void withoutQuorumNoVoteThenMembersVoteSecretlyAndTheDecisionIsPublished() throws Exception {
		DocumentView draft = TestAccount.runAs(omb.chairAccountId(), "OMB_CHAIR@ASSOCIATION:" + omb.id(),
				() -> documents.createDraft(new NewDocument(omb.id(), null, DocumentKind.STATE_STANDARD_HIGHER,
						LocalizedText.of("Экономика боюнча МББС " + omb.n(), null, null), Set.of(omb.codes().direction()),
						Set.of("BACHELOR"), null)));
		long id = schedule("https://meet.example.kg/omb-" + omb.n());
		assertThat(page(get("/manage/meetings/" + id), secretary())).contains("id=\"agenda-form\"",
				"<option value=\"" + draft.id() + "\">Экономика боюнча МББС " + omb.n() + "</option>");
		act(secretary(), "/manage/meetings/" + id + "/items", "lock", "0", "title", "МББС долбоорун талкуулоо",
				"proposedDecision", "Долбоорду колдоп, бекитүүгө сунуштоо. Чечимтоо" + omb.n(), "documentId", String.valueOf(draft.id()));
		String agenda = page(get("/manage/meetings/" + id), secretary());
		assertThat(agenda).contains("МББС долбоорун талкуулоо", "Экономика боюнча МББС " + omb.n(), "1-версия");
		act(secretary(), "/manage/meetings/" + id + "/open", "lock", lock(id));
		long item = jdbc.queryForObject("select id from meeting_agenda_item where meeting_id = ?", Long.class, id);

		// two of six present: no quorum, the vote is refused and nothing is stored
		act(member(0), "/manage/meetings/" + id + "/my-attendance", "attendance", "ONLINE");
		act(member(1), "/manage/meetings/" + id + "/my-attendance", "attendance", "IN_PERSON");
		mvc.perform(post("/manage/meetings/" + id + "/items/" + item + "/vote/open").with(secretary()).with(csrf())
			.param("secret", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refusal", "meetings.error.no-quorum"));
		assertThat(jdbc.queryForObject("select count(*) from meeting_vote where meeting_id = ?", Integer.class, id))
			.isZero();

		// a third member and the chair come: four of six, the quorum of more than half
		act(member(2), "/manage/meetings/" + id + "/my-attendance", "attendance", "ONLINE");
		long chairParticipant = jdbc.queryForObject("select id from meeting_participant where meeting_id = ?"
				+ " and account_id = ?", Long.class, id, omb.chairAccountId());
		act(secretary(), "/manage/meetings/" + id + "/attendance", "participant", String.valueOf(chairParticipant),
				"attendance", "IN_PERSON");
		assertThat(page(get("/manage/meetings/" + id), secretary())).contains("Катышып жатканы: 4 / 6", "Кворум бар");
		act(secretary(), "/manage/meetings/" + id + "/items/" + item + "/vote/open", "secret", "true");

		act(member(0), "/manage/meetings/" + id + "/items/" + item + "/vote", "choice", "FOR");
		act(member(1), "/manage/meetings/" + id + "/items/" + item + "/vote", "choice", "AGAINST");
		act(member(2), "/manage/meetings/" + id + "/items/" + item + "/vote", "choice", "FOR");
		mvc.perform(post("/manage/meetings/" + id + "/items/" + item + "/vote").with(member(2)).with(csrf())
			.param("choice", "FOR"))
			.andExpect(flash().attribute("refusal", "meetings.error.already-voted"));
		assertThat(jdbc.queryForList("select choice from meeting_vote_cast c join meeting_vote v on v.id = c.vote_id"
				+ " where v.meeting_id = ?", id)).hasSize(3).allSatisfy(row -> assertThat(row.get("choice")).isNull());
		assertThat(jdbc.queryForList("select action from audit_entry where target_type = 'meeting' and target_id = ?"
				+ " order by sequence_number", String.class, String.valueOf(id)))
			.contains("meeting.scheduled", "meeting.opened", "meeting.vote.opened", "meeting.vote.cast");
		String voting = page(get("/manage/meetings/" + id), member(0));
		assertThat(voting).contains("Жашыруун добуш берүү", "макул 2, каршы 1, калыс 0", "Айбек Мүчө", "Сиздин добушуңуз эсепке алынды.")
			.doesNotContain("Айбек Мүчө: Макул");

		act(secretary(), "/manage/meetings/" + id + "/items/" + item + "/vote/close");
		DecisionSummary decision = decisions.latest(1).get(0);
		assertThat(decision.title()).isEqualTo("МББС долбоорун талкуулоо");
		assertThat(decision.associationName().ky()).isEqualTo(omb.nameKy());

		String list = mvc.perform(get("/decisions").param("omb", String.valueOf(omb.id())).param("year", "2026"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("МББС долбоорун талкуулоо", decision.path(), omb.nameKy());
		assertThat(mvc.perform(get("/decisions").param("omb", String.valueOf(omb.id())).param("year", "2025"))
			.andReturn().getResponse().getContentAsString()).contains("id=\"no-decisions\"");
		String page = mvc.perform(get(decision.path())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Долбоорду колдоп, бекитүүгө сунуштоо", "Бул чечим ОМБнын сунуштамасы",
				"/documents/" + draft.id(), "1-версия", "Жашыруун добуш берүү", "макул 2, каршы 1, калыс 0",
				"6 мүчөнүн 4 катышты", "Жыйындын күн тартиби " + omb.n());
		assertThat(mvc.perform(get(decision.path()).param("lang", "ru")).andReturn().getResponse()
			.getContentAsString()).contains("рекомендация УМО");
		assertThat(mvc.perform(get(decision.path()).param("lang", "en")).andReturn().getResponse()
			.getContentAsString()).contains("a recommendation of the OMB");
		assertThat(search.search(new SearchRequest("Чечимтоо" + omb.n(), Map.of(), SearchRequest.Order.RELEVANCE, 0, 20),
				Locale.forLanguageTag("ky")).hits()).singleElement().satisfies(hit -> {
					assertThat(hit.type()).isEqualTo("decision");
					assertThat(hit.path()).isEqualTo(decision.path());
				});

		act(secretary(), "/manage/meetings/" + id + "/close", "lock", lock(id));
		refused(secretary(), "/manage/meetings/" + id + "/minutes/publish", "meetings.error.minutes.not-signed");
		refused(chair(), "/manage/meetings/" + id + "/minutes/sign", "meetings.error.minutes.secretary-first");
		mvc.perform(get("/minutes/" + id + ".pdf")).andExpect(status().isNotFound());
		act(secretary(), "/manage/meetings/" + id + "/minutes/sign");
		act(chair(), "/manage/meetings/" + id + "/minutes/sign");
		act(chair(), "/manage/meetings/" + id + "/minutes/publish");
		byte[] minutes = mvc.perform(get("/minutes/" + id + ".pdf")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(minutes)) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Жыйындын протоколу", omb.nameKy(), "Айбек Мүчө", "онлайн катышууда",
					"залда катышууда", "Катышып жатканы: 4 / 6; талап кылынат: 4", "МББС долбоорун талкуулоо",
					"Экономика боюнча МББС " + omb.n(), "Жашыруун добуш берүү", "макул 2, каршы 1, калыс 0",
					"кабыл алынды", "Катчы Асанова", "Төрага " + omb.n())
				.doesNotContain("Айбек Мүчө: Макул");
		}
		assertThat(mvc.perform(get(decision.path())).andReturn().getResponse().getContentAsString())
			.contains("/minutes/" + id + ".pdf");
	}

	void refused(RequestPostProcessor who, String path, String reason) throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(who).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refusal", reason));
	}

	RequestPostProcessor chair() {
		return as(omb.chairAccountId(), "OMB_CHAIR@ASSOCIATION:" + omb.id());
	}

	@Test
	void onlyTheOrganisersAndTheMembersOnTheRollSeeAMeeting() throws Exception {
		long id = schedule("https://meet.example.kg/omb-" + omb.n());
		long outsider = fixture.asAdministrator(() -> fixture.account("Бөтөн Адам"));
		mvc.perform(get("/manage/meetings/" + id).with(as(outsider, "PARTICIPANT"))).andExpect(status().isForbidden());
		mvc.perform(get("/manage/meetings/" + id).with(as(outsider, "OMB_CHAIR@ASSOCIATION:" + omb.id())))
			.andExpect(status().isOk());
		mvc.perform(get("/decisions/999999999")).andExpect(status().isNotFound());
	}

	@Test
	void aMemberOnTheRollMayNotOpenAVoteOrRecordOthersAttendance() throws Exception {
		long id = schedule("https://meet.example.kg/omb-" + omb.n());
		mvc.perform(post("/manage/meetings/" + id + "/open").with(member(0)).with(csrf()).param("lock", lock(id)))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select status from meeting where id = ?", String.class, id))
			.isEqualTo("SCHEDULED");
	}

	long schedule(String link) throws Exception {
		String location = mvc.perform(schedulePost(link).with(secretary()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/manage/meetings/");
		return Long.parseLong(location.substring("/manage/meetings/".length()));
	}

	MockHttpServletRequestBuilder schedulePost(String link) {
		return post("/manage/meetings").with(csrf())
			.param("associationId", String.valueOf(omb.id()))
			.param("title", "Жыйындын күн тартиби " + omb.n())
			.param("startsAt", "2026-12-10T10:00")
			.param("link", link);
	}

	String lock(long meetingId) {
		return String.valueOf(jdbc.queryForObject("select version from meeting where id = ?", Long.class, meetingId));
	}

	void act(RequestPostProcessor who, String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(path).with(who).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(1))
			.andExpect(flash().attribute("done", true));
	}

	String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
		return mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	RequestPostProcessor secretary() {
		return as(secretaryAccount, "OMB_SECRETARY@ASSOCIATION:" + omb.id());
	}

	RequestPostProcessor member(int index) {
		return as(members.get(index), "OMB_MEMBER@ASSOCIATION:" + omb.id());
	}

	static RequestPostProcessor as(long accountId, String... roles) {
		var principal = new TestAccount(accountId, "account" + accountId + "@omb.test", "account " + accountId);
		List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
			.flatMap(role -> role.contains("@")
					? java.util.stream.Stream.of(new SimpleGrantedAuthority(role),
							new SimpleGrantedAuthority("ROLE_" + role.substring(0, role.indexOf('@'))))
					: java.util.stream.Stream.of(new SimpleGrantedAuthority("ROLE_" + role)))
			.toList();
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}

}
