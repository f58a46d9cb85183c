package kg.omb.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workspace pages per role: the chair opens the year's report, writes it, approves and publishes it; a stale
 * form and bad input are refused with a translated message and change nothing; a member and another OMB's chair
 * are refused; the authority's officer reads the consolidated report and the performance page, another
 * authority's officer does not; pages in ky, ru, en.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class ReportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Omb omb;

	@BeforeEach
	void anOmbWithAMeeting() {
		clock.set(Instant.parse("2026-12-02T06:00:00Z"));
		omb = fixture.standardOmb(Region.CHUY);
		new YearOfActivity(jdbc, omb.id()).meeting("Күзгү жыйын", LocalDate.of(2026, 10, 5), "CLOSED",
				"Окуу планын жактыруу");
	}

	@Test
	void theChairOpensWritesApprovesAndPublishes() throws Exception {
		assertThat(page("/manage/reports", chair())).contains("id=\"open-report\"", omb.nameKy());
		String location = mvc.perform(post("/manage/reports").with(chair()).with(csrf())
			.param("associationId", String.valueOf(omb.id())).param("year", "2026"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring("/manage/reports/".length()));
		assertThat(page(location, chair())).contains("id=\"narrative-form\"", "Окуу планын жактыруу",
				"Өткөрүлгөн жыйындар: 1; жокко чыгарылганы: 0; кабыл алынган чечимдер: 1.");

		// a stale form is refused and nothing changes
		assertThat(mvc.perform(post(location).with(chair()).with(csrf()).param("version", "7")
			.param("introductionKy", "<p>Эски барак</p>")).andExpect(status().isConflict()).andReturn().getResponse()
			.getContentAsString()).contains("Отчетту сиз ачкандан бери башка бирөө өзгөрттү");
		assertThat(jdbc.queryForObject("select introduction_ky from annual_report where id = ?", String.class, id))
			.isNull();

		mvc.perform(post(location).with(chair()).with(csrf()).param("version", "0")
			.param("introductionKy", "<p>Киришүү тексти</p>").param("conclusionsKy", "<p>Корутунду тексти</p>"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(location + "/approve").with(chair()).with(csrf()).param("version", "1"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(location + "/publish").with(chair()).with(csrf()).param("version", "2"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(location, chair())).contains("id=\"public-page\"", "Жарыяланган")
			.doesNotContain("id=\"narrative-form\"");
		assertThat(page("/reports/" + id, null)).contains("Киришүү тексти", "Окуу планын жактыруу");
		mvc.perform(get("/reports/" + id + "/pdf")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		assertThat(page("/manage/reports?lang=ru", chair())).contains("Годовые отчёты", "Опубликован");
		assertThat(page("/manage/reports?lang=en", chair())).contains("Annual reports", "Published");
	}

	@Test
	void badInputIsRefusedWithAMessageAndNothingIsOpened() throws Exception {
		assertThat(mvc.perform(post("/manage/reports").with(chair()).with(csrf())
			.param("associationId", String.valueOf(omb.id())).param("year", "2031"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
			.contains("Келе элек жылга отчет ачууга болбойт: эң акыркысы 2026.");
		assertThat(mvc.perform(post("/manage/reports").with(chair()).with(csrf())
			.param("associationId", String.valueOf(omb.id())).param("year", ""))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
			.contains("Жылды көрсөтүңүз.");
		long id = open();
		assertThat(mvc.perform(post("/manage/reports/" + id + "/approve").with(chair()).with(csrf())
			.param("version", "0")).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString()).contains("Бекитүүдөн мурда кыргызча киришүүнү жана корутундуну жазыңыз.");
		assertThat(jdbc.queryForObject("select count(*) from annual_report where association_id = ?", Integer.class,
				omb.id())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select status from annual_report where id = ?", String.class, id))
			.isEqualTo("DRAFT");
	}

	@Test
	void othersAreRefused() throws Exception {
		long id = open();
		mvc.perform(get("/manage/reports/" + id).with(as(91_101, "OMB_MEMBER@ASSOCIATION:" + omb.id())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/manage/reports/" + id + "/approve").with(as(91_102, "OMB_CHAIR@ASSOCIATION:" + (omb.id() + 500)))
			.with(csrf()).param("version", "0")).andExpect(status().isForbidden());
		assertThat(page("/manage/reports/" + id, as(91_103, "OMB_SECRETARY@ASSOCIATION:" + omb.id())))
			.contains("Окуу планын жактыруу").doesNotContain("id=\"narrative-form\"", "id=\"approve\"");
		mvc.perform(get("/reports/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/manage/reports/" + id)).andExpect(status().is3xxRedirection());
	}

	@Test
	void theAuthorityReadsTheConsolidatedReportAndThePerformance() throws Exception {
		RequestPostProcessor officer = as(91_104, "AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId());
		assertThat(page("/manage/reports/consolidated?year=2026", officer)).contains("id=\"consolidated-table\"",
				omb.nameKy(), "/manage/reports/performance/" + omb.id() + "?year=2026");
		assertThat(page("/manage/reports/performance/" + omb.id() + "?year=2026&lang=en", officer))
			.contains("OMB performance", "id=\"meetings-held\">1<", "No plan");
		assertThat(mvc.perform(get("/manage/reports/consolidated?year=2040").with(officer))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
			.contains("id=\"refusal\"", "Жыл 2000 менен");
		mvc.perform(get("/manage/reports/performance/" + omb.id())
			.with(as(91_105, "AUTHORITY_OFFICER@AUTHORITY:" + (omb.authorityId() + 500)))).andExpect(status().isForbidden());
		mvc.perform(get("/manage/reports/consolidated").with(as(91_106, "OMB_MEMBER@ASSOCIATION:" + omb.id())))
			.andExpect(status().isForbidden());
	}

	long open() throws Exception {
		String location = mvc.perform(post("/manage/reports").with(chair()).with(csrf())
			.param("associationId", String.valueOf(omb.id())).param("year", "2026"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring("/manage/reports/".length()));
	}

	String page(String path, RequestPostProcessor who) throws Exception {
		var request = get(path);
		if (who != null) {
			request = request.with(who);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	RequestPostProcessor chair() {
		return as(omb.chairAccountId(), "OMB_CHAIR@ASSOCIATION:" + omb.id());
	}

	static RequestPostProcessor as(long accountId, String role) {
		var principal = new TestAccount(accountId, "account" + accountId + "@omb.test", "account " + accountId);
		List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(role),
				new SimpleGrantedAuthority("ROLE_" + role.substring(0, role.indexOf('@'))));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}

}
