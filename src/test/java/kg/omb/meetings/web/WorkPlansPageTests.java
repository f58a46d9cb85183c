package kg.omb.meetings.web;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.support.AdjustableClock;

import static kg.omb.meetings.web.MeetingsWorkspaceTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Work plans per role: the secretary writes the year's plan, the chair approves it (the secretary may not), the
 * secretary marks an item done with the document that fulfils it; members and the authority's officer see the
 * progress and the overdue items; another OMB's member sees nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class WorkPlansPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Omb omb;

	long account;

	@BeforeEach
	void oneOmb() {
		clock.set(Instant.parse("2026-12-02T06:00:00Z"));
		omb = fixture.standardOmb(Region.TALAS);
		account = fixture.asAdministrator(() -> fixture.account("Пландоочу " + omb.n()));
	}

	@Test
	void theSecretaryWritesThePlanTheChairApprovesItAndTheAuthoritySeesWhatIsOverdue() throws Exception {
		String location = mvc.perform(post("/manage/plans").with(secretary()).with(csrf())
			.param("associationId", String.valueOf(omb.id())).param("year", "2026"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long plan = Long.parseLong(location.substring("/manage/plans/".length()));
		act(secretary(), "/manage/plans/" + plan + "/items", "lock", "0", "activity", "МББС долбоорун даярдоо",
				"responsible", "Экономика секциясы " + omb.n(), "dueOn", "2026-06-30", "expectedOutput",
				"Талкууга чыгарылган долбоор");
		act(secretary(), "/manage/plans/" + plan + "/items", "lock", lock(plan), "activity", "Окутуучулар үчүн семинар",
				"responsible", "Катчы", "dueOn", "2026-12-20", "expectedOutput", "Семинар өттү");

		mvc.perform(post("/manage/plans/" + plan + "/approve").with(secretary()).with(csrf()).param("lock", lock(plan)))
			.andExpect(status().isForbidden());
		act(chair(), "/manage/plans/" + plan + "/approve", "lock", lock(plan));
		long seminar = jdbc.queryForObject("select id from work_plan_item where plan_id = ? and position = 2",
				Long.class, plan);
		act(secretary(), "/manage/plans/" + plan + "/items/" + seminar + "/done", "fulfilledBy", "/decisions/1");

		String officer = mvc.perform(get("/manage/plans/" + plan)
			.with(as(account, "AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(officer).contains("Төрага бекиткен", "2 пункттун 1 аткарылды (50%)", "мөөнөтү өткөн: 1",
				"МББС долбоорун даярдоо", "href=\"/decisions/1\"").doesNotContain("id=\"plan-item-form\"");
		assertThat(mvc.perform(get("/manage/plans").with(as(account, "OMB_MEMBER@ASSOCIATION:" + omb.id())))
			.andReturn().getResponse().getContentAsString()).contains(omb.nameKy(), "2 пункттун 1 аткарылды");
		assertThat(mvc.perform(get("/manage/plans/" + plan).param("lang", "ru")
			.with(as(account, "OMB_MEMBER@ASSOCIATION:" + omb.id()))).andReturn().getResponse().getContentAsString())
			.contains("выполнено 1 из 2 пунктов (50%)", "просрочено: 1");
		mvc.perform(get("/manage/plans/" + plan).with(as(account, "OMB_MEMBER@ASSOCIATION:" + (omb.id() + 1000))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMemberMayNotStartAPlanAndASecondPlanForTheYearIsRefused() throws Exception {
		mvc.perform(post("/manage/plans").with(as(account, "OMB_MEMBER@ASSOCIATION:" + omb.id())).with(csrf())
			.param("associationId", String.valueOf(omb.id())).param("year", "2026"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from work_plan where association_id = ?", Integer.class,
				omb.id())).isZero();
		mvc.perform(post("/manage/plans").with(secretary()).with(csrf())
			.param("associationId", String.valueOf(omb.id())).param("year", "2026"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/manage/plans").with(secretary()).with(csrf())
			.param("associationId", String.valueOf(omb.id())).param("year", "2026"))
			.andExpect(flash().attribute("refusal", "meetings.error.plan.exists"));
	}

	void act(RequestPostProcessor who, String path, String... params) throws Exception {
		var request = post(path).with(who).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", true));
	}

	String lock(long plan) {
		return String.valueOf(jdbc.queryForObject("select version from work_plan where id = ?", Long.class, plan));
	}

	RequestPostProcessor secretary() {
		return as(account, "OMB_SECRETARY@ASSOCIATION:" + omb.id());
	}

	RequestPostProcessor chair() {
		return as(omb.chairAccountId(), "OMB_CHAIR@ASSOCIATION:" + omb.id());
	}

}
