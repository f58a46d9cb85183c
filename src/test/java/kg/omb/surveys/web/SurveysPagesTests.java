package kg.omb.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationWebTest;
import kg.omb.directory.Region;
import kg.omb.surveys.SurveysScenario;
import kg.omb.surveys.domain.AnswerStatus;
import kg.omb.surveys.domain.Consolidation;
import kg.omb.surveys.domain.SurveyService;

/**
 * The request's pages per role: the chair of the owning OMB designs, sends, decides and sees the consolidation;
 * each organisation's representative fills in its own answer only (in the browser or by XLSX); the chair of another
 * OMB and a participant see nothing of it.
 */
@AssociationWebTest
class SurveysPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	@Autowired
	SurveyService surveys;

	@Autowired
	Consolidation consolidation;

	@Autowired
	Clock clock;

	@Test
	void theChairDesignsARequestInThePagesAndSendsIt() throws Exception {
		var omb = fixture.standardOmb(Region.NARYN);
		Authentication chair = SurveysScenario.signedIn(fixture, "OMB_CHAIR@ASSOCIATION:" + omb.id());

		String location = mvc.perform(post("/surveys/templates").with(authentication(chair)).with(csrf())
			.param("owner", "ASSOCIATION:" + omb.id())
			.param("titleKy", "Адистерди даярдоо " + omb.n()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long template = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post(location + "/columns").with(authentication(chair)).with(csrf()).param("version", "0")
			.param("code", "enrolled").param("labelKy", "Кабыл алынды"))
			.andExpect(flash().attribute("flash", "surveys.template.changed"));
		mvc.perform(post(location + "/columns").with(authentication(chair)).with(csrf()).param("version", "1")
			.param("code", "enrolled").param("labelKy", "Дагы"))
			.andExpect(flash().attribute("error", "surveys.error.code-taken"));
		mvc.perform(post(location + "/rows").with(authentication(chair)).with(csrf()).param("version", "1")
			.param("code", omb.codes().group()))
			.andExpect(flash().attribute("flash", "surveys.template.changed"));
		mvc.perform(post(location + "/rounds").with(authentication(chair)).with(csrf()).param("version", "2")
			.param("year", "2026").param("deadline", "2020-01-01"))
			.andExpect(flash().attribute("error", "surveys.error.deadline-past"));

		mvc.perform(get(location).with(authentication(chair)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(omb.codes().direction())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(omb.codes().specialty())));
		assertThat(fixture.asAdministrator(() -> surveys.template(template)).rows()).hasSize(3);
	}

	@Test
	void anOrganisationAnswersInTheBrowserIsReturnedCorrectsAndIsAcceptedIntoTheConsolidation() throws Exception {
		SurveysScenario scenario = SurveysScenario.create(fixture, surveys, clock, Region.TALAS);
		Authentication chair = SurveysScenario.signedIn(fixture, scenario.chair());
		Authentication university = SurveysScenario.signedIn(fixture, scenario.universityRepresentative());
		String answer = "/surveys/answers/" + scenario.universityAnswer();

		mvc.perform(get("/surveys").with(authentication(university)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(answer)));
		mvc.perform(fill(answer, university, 0, "submit", "120", "100", "40", "20", "15", "16"))
			.andExpect(flash().attribute("error", "surveys.answer.invalid"));
		assertThat(statusOf(scenario.universityAnswer())).isEqualTo(AnswerStatus.PENDING);

		mvc.perform(fill(answer, university, 0, "draft", "", "100", "40", "", "", ""))
			.andExpect(flash().attribute("flash", "surveys.answer.saved"));
		mvc.perform(fill(answer, university, 1, "submit", "120", "100", "40", "30", "20", "15", "10"))
			.andExpect(flash().attribute("flash", "surveys.answer.submitted"));
		mvc.perform(fill(answer, university, 2, "draft", "120", "100", "40", "30", "20", "15", "10"))
			.andExpect(flash().attribute("error", "surveys.error.answer-locked"));

		mvc.perform(post(answer + "/return").with(authentication(chair)).with(csrf()).param("version", "2")
			.param("remarks", "Магистратураны текшериңиз"))
			.andExpect(flash().attribute("flash", "surveys.answer.returned"));
		mvc.perform(get(answer).with(authentication(university)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Магистратураны текшериңиз")));
		mvc.perform(fill(answer, university, 3, "submit", "130", "100", "40", "30", "30", "15", "10"))
			.andExpect(flash().attribute("flash", "surveys.answer.submitted"));
		mvc.perform(post(answer + "/accept").with(authentication(chair)).with(csrf()).param("version", "4"))
			.andExpect(flash().attribute("flash", "surveys.answer.accepted"));

		var totals = fixture.asAdministrator(() -> consolidation.of(scenario.roundId()));
		assertThat(totals.accepted()).isEqualTo(1);
		assertThat(totals.total()).containsEntry("enrolled", 130L).containsEntry("graduates", 55L)
			.containsEntry("employed", 40L);
		mvc.perform(get("/surveys/rounds/" + scenario.roundId() + "/consolidated.csv").with(authentication(chair)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(",130,55,40")));
		mvc.perform(get("/surveys/rounds/" + scenario.roundId() + "/consolidated").with(authentication(chair)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-chart")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(">130<")));
		byte[] xlsx = mvc
			.perform(get("/surveys/rounds/" + scenario.roundId() + "/consolidated.xlsx").with(authentication(chair)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo(scenario.direction() + "|BACHELOR");
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("100");
		}
		String summary = "/summaries/" + scenario.roundId();
		mvc.perform(get(summary)).andExpect(status().isNotFound());
		mvc.perform(post("/surveys/rounds/" + scenario.roundId() + "/publish").with(authentication(university))
			.with(csrf())
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(post("/surveys/rounds/" + scenario.roundId() + "/publish").with(authentication(chair))
			.with(csrf())
			.param("version", "0")).andExpect(flash().attribute("flash", "surveys.published.done"));
		mvc.perform(get(summary))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(">130<")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
					"Базалык университет " + scenario.omb().n()))));
		mvc.perform(get("/summaries")).andExpect(content().string(org.hamcrest.Matchers.containsString(summary)));
		mvc.perform(get("/surveys/rounds/" + scenario.roundId()).with(authentication(chair)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					scenario.omb().leadingOrganizationId() == 0 ? "" : "surveys/answers/" + scenario.collegeAnswer())));
	}

	@Test
	void anOrganisationSeesOnlyItsOwnAnswerAndAnotherChairSeesNothingOfTheRequest() throws Exception {
		SurveysScenario scenario = SurveysScenario.create(fixture, surveys, clock, Region.BATKEN);
		var other = fixture.standardOmb(Region.BATKEN);
		Authentication otherChair = SurveysScenario.signedIn(fixture, "OMB_CHAIR@ASSOCIATION:" + other.id());
		Authentication college = SurveysScenario.signedIn(fixture, scenario.collegeRepresentative());
		Authentication participant = SurveysScenario.signedIn(fixture, "OMB_MEMBER@ASSOCIATION:" + scenario.omb().id());
		String universityAnswer = "/surveys/answers/" + scenario.universityAnswer();

		mvc.perform(get(universityAnswer).with(authentication(college))).andExpect(status().isNotFound());
		mvc.perform(fill(universityAnswer, college, 0, "draft", "1", "1", "0", "0", "0", "0", "0"))
			.andExpect(status().isNotFound());
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> SurveysScenario.as(college, () -> surveys.fill(scenario.universityAnswer(), 0,
					new kg.omb.surveys.domain.AnswerInput(java.util.Map.of(), java.util.Map.of()), false)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> SurveysScenario.as(otherChair, () -> surveys.answersOf(scenario.roundId())))
			.isInstanceOf(kg.omb.shared.NotFoundException.class);
		mvc.perform(get(universityAnswer).with(authentication(otherChair))).andExpect(status().isNotFound());
		mvc.perform(get("/surveys/templates/" + scenario.templateId()).with(authentication(otherChair)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/surveys/rounds/" + scenario.roundId() + "/consolidated").with(authentication(otherChair)))
			.andExpect(status().isNotFound());
		mvc.perform(post(universityAnswer + "/accept").with(authentication(otherChair)).with(csrf())
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(get("/surveys/templates/" + scenario.templateId()).with(authentication(participant)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/surveys/answers/" + scenario.collegeAnswer()).with(authentication(college)))
			.andExpect(status().isOk());
		mvc.perform(get("/surveys/templates/" + scenario.templateId())).andExpect(status().is3xxRedirection());
	}

	@Test
	void onlyTheOwnerClosesARoundWithConfirmationAndAClosedRoundTakesNoMoreAnswers() throws Exception {
		SurveysScenario scenario = SurveysScenario.create(fixture, surveys, clock, Region.OSH_REGION);
		var other = fixture.standardOmb(Region.OSH_REGION);
		Authentication chair = SurveysScenario.signedIn(fixture, scenario.chair());
		Authentication secretary = SurveysScenario.signedIn(fixture, "OMB_SECRETARY@ASSOCIATION:" + scenario.omb().id());
		Authentication otherChair = SurveysScenario.signedIn(fixture, "OMB_CHAIR@ASSOCIATION:" + other.id());
		Authentication university = SurveysScenario.signedIn(fixture, scenario.universityRepresentative());
		Authentication college = SurveysScenario.signedIn(fixture, scenario.collegeRepresentative());
		String round = "/surveys/rounds/" + scenario.roundId();
		String universityAnswer = "/surveys/answers/" + scenario.universityAnswer();
		mvc.perform(fill(universityAnswer, university, 0, "submit", "120", "100", "40", "30", "20", "15", "10"))
			.andExpect(flash().attribute("flash", "surveys.answer.submitted"));
		mvc.perform(get(round).with(authentication(chair)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"close-round\"")));

		mvc.perform(closing(round, university, "0", true)).andExpect(status().isNotFound());
		mvc.perform(closing(round, college, "0", true)).andExpect(status().isNotFound());
		mvc.perform(closing(round, otherChair, "0", true)).andExpect(status().isNotFound());
		mvc.perform(closing(round, chair, "0", false))
			.andExpect(flash().attribute("error", "surveys.round.close-confirm-required"));
		mvc.perform(closing(round, chair, "7", true)).andExpect(flash().attribute("error", "surveys.error.stale"));
		assertThat(SurveysScenario.as(chair, () -> surveys.round(scenario.roundId())).closed()).isFalse();

		mvc.perform(closing(round, secretary, "0", true))
			.andExpect(flash().attribute("flash", "surveys.round.closed-done"));
		assertThat(SurveysScenario.as(chair, () -> surveys.round(scenario.roundId())).closed()).isTrue();
		mvc.perform(closing(round, chair, "1", true))
			.andExpect(flash().attribute("error", "surveys.error.round-closed"));
		mvc.perform(get(round).with(authentication(chair)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
					"id=\"close-round\""))));

		String collegeAnswer = "/surveys/answers/" + scenario.collegeAnswer();
		mvc.perform(fill(collegeAnswer, college, 0, "submit", "120", "100", "40", "30", "20", "15", "10"))
			.andExpect(flash().attribute("error", "surveys.error.round-closed-answer"));
		mvc.perform(fill(collegeAnswer, college, 0, "draft", "120", "100", "40", "30", "20", "15", "10"))
			.andExpect(flash().attribute("error", "surveys.error.round-closed-answer"));
		byte[] form = mvc.perform(get(collegeAnswer + "/form.xlsx").with(authentication(college)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		mvc.perform(upload(collegeAnswer, college, edit(form, 520, new long[][] { { 500, 60, 50 }, { 20, 10, 5 } })))
			.andExpect(flash().attribute("error", "surveys.error.round-closed-answer"));
		assertThat(statusOf(scenario.collegeAnswer())).isEqualTo(AnswerStatus.PENDING);
		mvc.perform(get(collegeAnswer).with(authentication(college)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"round-closed\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
					"value=\"submit\""))));

		mvc.perform(post(universityAnswer + "/return").with(authentication(chair)).with(csrf())
			.param("version", "1")
			.param("remarks", "Текшериңиз"))
			.andExpect(flash().attribute("error", "surveys.error.round-closed-return"));
		mvc.perform(post(universityAnswer + "/accept").with(authentication(chair)).with(csrf()).param("version", "1"))
			.andExpect(flash().attribute("flash", "surveys.answer.accepted"));
		assertThat(fixture.asAdministrator(() -> consolidation.of(scenario.roundId())).total())
			.containsEntry("enrolled", 120L);
	}

	private static MockHttpServletRequestBuilder closing(String round, Authentication who, String version,
			boolean confirmed) {
		var request = post(round + "/close").with(authentication(who)).with(csrf()).param("version", version);
		return confirmed ? request.param("confirmed", "true") : request;
	}

	@Test
	void aWorkbookDownloadedAndFilledIsSavedAndABadOneChangesNothingAndIsReportedCellByCell() throws Exception {
		SurveysScenario scenario = SurveysScenario.create(fixture, surveys, clock, Region.ISSYK_KUL);
		Authentication college = SurveysScenario.signedIn(fixture, scenario.collegeRepresentative());
		String answer = "/surveys/answers/" + scenario.collegeAnswer();
		byte[] form = mvc.perform(get(answer + "/form.xlsx").with(authentication(college)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		byte[] bad = edit(form, 900, new long[][] { { 500, 60, 70 }, { -1, 10, 5 } });
		mvc.perform(upload(answer, college, bad))
			.andExpect(flash().attribute("error", "surveys.upload.refused"))
			.andExpect(flash().attributeExists("problems"));
		assertThat(statusOf(scenario.collegeAnswer())).isEqualTo(AnswerStatus.PENDING);
		mvc.perform(upload(answer, college, "name;enrolled\nx;1\n".getBytes(StandardCharsets.UTF_8)))
			.andExpect(flash().attribute("error", "surveys.upload.refused"));

		byte[] good = edit(form, 520, new long[][] { { 500, 60, 50 }, { 20, 10, 5 } });
		mvc.perform(upload(answer, college, good)).andExpect(flash().attribute("flash", "surveys.upload.done"));
		var saved = SurveysScenario.as(college, () -> surveys.answer(scenario.collegeAnswer()));
		assertThat(saved.answer().status()).isEqualTo(AnswerStatus.DRAFT);
		assertThat(saved.answer().fields()).containsEntry("total_enrolled", "520");
		assertThat(saved.answer().cells().values()).containsExactlyInAnyOrder(500L, 60L, 50L, 20L, 10L, 5L);
		mvc.perform(get(answer).with(authentication(college)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"f:total_enrolled\" value=\"520\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"name=\"c:" + scenario.direction() + ":MASTER:graduates\" value=\"10\"")));
	}

	@Test
	void theAnalysisShowsTheTrendAndAForecastWithItsBandOnceThreeYearsAreAccepted() throws Exception {
		SurveysScenario scenario = SurveysScenario.create(fixture, surveys, clock, Region.JALAL_ABAD);
		Authentication chair = SurveysScenario.signedIn(fixture, scenario.chair());
		Authentication university = SurveysScenario.signedIn(fixture, scenario.universityRepresentative());
		int year = kg.omb.shared.Bishkek.today(clock).getYear();
		long[] rounds = { scenario.roundId(), send(scenario, chair, year - 1), send(scenario, chair, year - 2) };
		long[] enrolled = { 130, 120, 110 };
		for (int i = 0; i < rounds.length; i++) {
			long round = rounds[i];
			long answer = SurveysScenario.as(chair, () -> surveys.answersOf(round))
				.stream()
				.filter(candidate -> candidate.organizationId() == scenario.omb().baseOrganizationId())
				.findFirst()
				.orElseThrow()
				.id();
			mvc.perform(fill("/surveys/answers/" + answer, university, 0, "submit", Long.toString(enrolled[i] + 20),
					Long.toString(enrolled[i]), "40", "30", "20", "15", "10"))
				.andExpect(flash().attribute("flash", "surveys.answer.submitted"));
			mvc.perform(post("/surveys/answers/" + answer + "/accept").with(authentication(chair)).with(csrf())
				.param("version", "1")).andExpect(flash().attribute("flash", "surveys.answer.accepted"));
		}

		mvc.perform(get("/surveys/templates/" + scenario.templateId() + "/analysis").param("column", "enrolled")
			.param("years", "3")
			.with(authentication(chair)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("&quot;type&quot;:&quot;forecast&quot;")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(">" + (year + 3) + "<")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(">180<")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("&quot;history&quot;:[130.0,140.0,150.0,")));
		mvc.perform(get("/surveys/method").with(authentication(chair))).andExpect(status().isOk());
	}

	@Autowired
	kg.omb.surveys.domain.SurveyReminders reminders;

	@Autowired
	kg.omb.identity.StructuralRoles roles;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void representativesWhoHaveNotSubmittedAreRemindedOnceBeforeTheDeadlineAndOnceAfterIt() throws Exception {
		SurveysScenario scenario = SurveysScenario.create(fixture, surveys, clock, Region.OSH_CITY);
		long representative = fixture.account("Өкүл " + scenario.omb().n());
		fixture.asAdministrator(() -> {
			roles.assign(representative, new kg.omb.identity.ScopedRole(kg.omb.identity.Role.ORG_REPRESENTATIVE,
					kg.omb.identity.Scope.of(kg.omb.identity.ScopeType.ORGANIZATION, scenario.omb().baseOrganizationId())), null);
			return null;
		});
		var deadline = SurveysScenario.as(SurveysScenario.signedIn(fixture, scenario.chair()),
				() -> surveys.round(scenario.roundId())).deadline();
		String count = "select count(*) from notification where account_id = ? and link = ?";
		String link = "/surveys/answers/" + scenario.universityAnswer();

		reminders.remind(deadline.minusDays(10));
		assertThat(jdbc.queryForObject(count, Long.class, representative, link)).isZero();
		reminders.remind(deadline.minusDays(3));
		reminders.remind(deadline.minusDays(2));
		assertThat(jdbc.queryForObject(count, Long.class, representative, link)).isEqualTo(1);
		reminders.remind(deadline.plusDays(1));
		reminders.remind(deadline.plusDays(2));
		assertThat(jdbc.queryForObject(count, Long.class, representative, link)).isEqualTo(2);
	}

	private long send(SurveysScenario scenario, Authentication chair, int year) {
		return SurveysScenario.as(chair, () -> surveys.send(scenario.templateId(),
				surveys.template(scenario.templateId()).version(),
				new kg.omb.surveys.domain.Commands.SendRound(year, kg.omb.shared.Bishkek.today(clock).plusDays(10),
						java.util.Set.of(), java.util.Set.of(Region.JALAL_ABAD), java.util.Set.of())));
	}

	private AnswerStatus statusOf(long answerId) {
		return fixture.asAdministrator(() -> surveys.answer(answerId)).answer().status();
	}

	/** The answer form: the total, then bachelor's enrolled, graduates, employed, then master's. */
	private MockHttpServletRequestBuilder fill(String answer, Authentication who, long version, String action,
			String total, String... figures) {
		var request = post(answer).with(authentication(who)).with(csrf()).param("version", Long.toString(version))
			.param("action", action).param("f:total_enrolled", total);
		String[] levels = { "BACHELOR", "MASTER" };
		String[] columns = { "enrolled", "graduates", "employed" };
		for (int i = 0; i < figures.length && i < 6; i++) {
			request.param("c:" + direction(answer) + ":" + levels[i / 3] + ":" + columns[i % 3], figures[i]);
		}
		return request;
	}

	private String direction(String answer) {
		long id = Long.parseLong(answer.substring(answer.lastIndexOf('/') + 1));
		return fixture.asAdministrator(() -> surveys.answer(id)).template().rows().get(0).row().specialtyCode();
	}

	private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(String answer, Authentication who, byte[] content) {
		return multipart(answer + "/upload").file(new MockMultipartFile("file", "form.xlsx", null, content))
			.param("version", "0")
			.with(authentication(who))
			.with(csrf());
	}

	private static byte[] edit(byte[] form, long total, long[][] figures) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.getSheet("form").getRow(2).createCell(2).setCellValue(total);
			Sheet table = workbook.getSheet("table");
			for (int r = 0; r < figures.length; r++) {
				for (int c = 0; c < figures[r].length; c++) {
					table.getRow(2 + r).createCell(4 + c).setCellValue(figures[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
