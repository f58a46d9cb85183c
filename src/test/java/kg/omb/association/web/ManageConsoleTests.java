package kg.omb.association.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.omb.association.ManageFixture;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The management console per role and scope: an authority officer creates an OMB and confirms its chair, who then
 * holds the chair's role there and nowhere else; an organisation's head proposes a member, the chair decides, the
 * order is recorded and the person is a member; refused, stale and malformed submissions change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ManageConsoleTests {

	private static final String STALE = "Бул жазууну башка бирөө сизден мурун өзгөрттү";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	ManageFixture fixture;

	long authority;

	long officer;

	long base;

	String group;

	long authorityAct;

	@BeforeEach
	void directory() {
		fixture = new ManageFixture(jdbc);
		authority = fixture.authority();
		officer = fixture.account("Гүлнара Осмонова");
		base = fixture.university(false);
		group = fixture.group();
		authorityAct = fixture.authorityAct(authority);
	}

	@Test
	void anAuthorityOfficerCreatesAnOmbAndConfirmsItsChairWhoThenHoldsTheChairsRole() throws Exception {
		long association = createOmb();
		mvc.perform(get("/manage/associations/" + association).with(asOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ОМБ " + group)));
		long chair = fixture.account("Айгүл Токтогулова");

		mvc.perform(post("/manage/associations/" + association + "/chair").with(asOfficer()).with(csrf())
			.param("version", String.valueOf(version("association", association)))
			.param("email", ManageFixture.email(chair))
			.param("position", "Окуу иштери боюнча проректор")
			.param("actId", String.valueOf(authorityAct)))
			.andExpect(status().is3xxRedirection());

		assertThat(accounts.holding(Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, association)))
			.extracting(AccountView::id)
			.containsExactly(chair);
	}

	@Test
	void theChairOfOneOmbCannotChangeAnother() throws Exception {
		long mine = createOmb();
		group = fixture.group();
		long other = createOmb();
		long chair = fixture.account("Айгүл Токтогулова");
		String direction = fixture.direction(group);
		long baseAct = fixture.organizationAct(base);

		mvc.perform(post("/manage/associations/" + other + "/sections")
			.with(as(chair, ManageFixture.role("OMB_CHAIR", "ASSOCIATION", mine)))
			.with(csrf())
			.param("nameKy", "Экономика секциясы")
			.param("classifierCodes", direction)
			.param("leadingOrganizationId", String.valueOf(base))
			.param("actId", String.valueOf(baseAct)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Бул аракетке укугуңуз жок.")));
		mvc.perform(get("/manage/associations/" + other)
			.with(as(chair, ManageFixture.role("OMB_CHAIR", "ASSOCIATION", mine))))
			.andExpect(status().isForbidden());

		assertThat(count("select count(*) from association_section where association_id = ?", other)).isZero();
	}

	@Test
	void aProposedMemberJoinsOnceTheChairAcceptsAndTheBaseOrganisationsOrderIsRecorded() throws Exception {
		long association = createOmb();
		long college = fixture.organization("UNIVERSITY", false);
		long head = fixture.account("Мээрим Усенова");
		RequestPostProcessor representative = as(head, ManageFixture.role("ORG_REPRESENTATIVE", "ORGANIZATION", college));
		long chair = fixture.account("Айгүл Токтогулова");
		RequestPostProcessor asChair = as(chair, ManageFixture.role("OMB_CHAIR", "ASSOCIATION", association));
		long section = createSection(association, asChair);
		mvc.perform(get("/manage/associations/" + association + "/proposals/new").with(representative))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Экономика секциясы")));
		propose(association, college, "Жылдыз Мамбетова", section, representative);
		propose(association, college, "Талант Кадыров", section, representative);
		long accepted = proposalOf("Жылдыз Мамбетова");
		long rejected = proposalOf("Талант Кадыров");

		mvc.perform(post("/manage/associations/" + association + "/proposals/" + rejected + "/reject").with(asChair)
			.with(csrf())
			.param("proposalId", String.valueOf(rejected))
			.param("version", String.valueOf(version("association_membership_proposal", rejected)))
			.param("reason", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Четке кагуунун себебин жазыңыз.")));
		assertThat(proposalStatus(rejected)).isEqualTo("PENDING");
		mvc.perform(post("/manage/associations/" + association + "/proposals/" + rejected + "/reject").with(asChair)
			.with(csrf())
			.param("proposalId", String.valueOf(rejected))
			.param("version", String.valueOf(version("association_membership_proposal", rejected)))
			.param("reason", "Иш берүүчүлөрдүн өкүлү керек"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/manage/associations/" + association + "/proposals/" + accepted + "/accept").with(asChair)
			.with(csrf())
			.param("targetId", String.valueOf(accepted))
			.param("version", String.valueOf(version("association_membership_proposal", accepted))))
			.andExpect(status().is3xxRedirection());

		long order = fixture.organizationAct(base);
		mvc.perform(post("/manage/associations/" + association + "/proposals/act").with(asChair).with(csrf())
			.param("proposalIds", String.valueOf(accepted))
			.param("actId", String.valueOf(order)))
			.andExpect(status().is3xxRedirection());

		assertThat(proposalStatus(accepted)).isEqualTo("IN_EFFECT");
		assertThat(proposalStatus(rejected)).isEqualTo("REJECTED");
		mvc.perform(get("/manage").with(representative))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Иш берүүчүлөрдүн өкүлү керек")));
		mvc.perform(get("/associations/" + association))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Жылдыз Мамбетова")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Талант Кадыров"))));
	}

	@Test
	void aHeadAndASubsectionNeedTheActTheyRestOnAndTheActsPageListsThem() throws Exception {
		long association = createOmb();
		long chair = fixture.account("Айгүл Токтогулова");
		RequestPostProcessor asChair = as(chair, ManageFixture.role("OMB_CHAIR", "ASSOCIATION", association));
		long section = createSection(association, asChair);
		long order = fixture.organizationAct(base);

		mvc.perform(post("/manage/associations/" + association + "/sections/" + section + "/head").with(asChair)
			.with(csrf())
			.param("sectionId", String.valueOf(section))
			.param("version", String.valueOf(version("association_section", section)))
			.param("headName", "Актысыз башчы"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Буйрукту тандаңыз.")));
		mvc.perform(post("/manage/associations/" + association + "/sections/" + section + "/subsections").with(asChair)
			.with(csrf())
			.param("sectionId", String.valueOf(section))
			.param("version", String.valueOf(version("association_section", section)))
			.param("levelCode", "BACHELOR")
			.param("nameKy", "Актысыз кичи секция"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Буйрукту тандаңыз.")));
		assertThat(jdbc.queryForObject("select head_name from association_section where id = ?", String.class, section))
			.isEqualTo("Эрлан Абдыкадыров");
		assertThat(count("select count(*) from association_subsection where section_id = ?", section)).isZero();

		mvc.perform(post("/manage/associations/" + association + "/sections/" + section + "/head").with(asChair)
			.with(csrf())
			.param("sectionId", String.valueOf(section))
			.param("version", String.valueOf(version("association_section", section)))
			.param("actId", String.valueOf(order))
			.param("headName", "Жаңы башчы"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/manage/associations/" + association + "/sections/" + section + "/subsections").with(asChair)
			.with(csrf())
			.param("sectionId", String.valueOf(section))
			.param("version", String.valueOf(version("association_section", section)))
			.param("actId", String.valueOf(order))
			.param("levelCode", "BACHELOR")
			.param("nameKy", "Бакалавриат кичи секциясы"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/acts/" + order))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Секциянын жетекчиси дайындалды")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Жаңы башчы")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Кичи секция түзүлдү")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Бакалавриат кичи секциясы")));
	}

	@Test
	void aSectionHeadAndAMemberMayNotUseTheConsoleOfTheirOmb() throws Exception {
		long association = createOmb();
		long chair = fixture.account("Айгүл Токтогулова");
		long section = createSection(association,
				as(chair, ManageFixture.role("OMB_CHAIR", "ASSOCIATION", association)));
		long order = fixture.organizationAct(base);
		long headAccount = fixture.account("Эрлан Абдыкадыров");
		long memberAccount = fixture.account("Жылдыз Мамбетова");
		String prefix = "/manage/associations/" + association;
		for (RequestPostProcessor person : List.of(as(headAccount, ManageFixture.role("SECTION_HEAD", "SECTION", section)),
				as(memberAccount, ManageFixture.role("OMB_MEMBER", "ASSOCIATION", association)))) {
			mvc.perform(get(prefix).with(person)).andExpect(status().isForbidden());
			mvc.perform(post(prefix + "/sections").with(person).with(csrf())
				.param("nameKy", "Башка секция")
				.param("classifierCodes", fixture.direction(group))
				.param("leadingOrganizationId", String.valueOf(base))
				.param("actId", String.valueOf(order)))
				.andExpect(status().isForbidden());
			mvc.perform(post(prefix + "/sections/" + section + "/head").with(person).with(csrf())
				.param("sectionId", String.valueOf(section))
				.param("version", String.valueOf(version("association_section", section)))
				.param("actId", String.valueOf(order))
				.param("headName", "Өзүн дайындаган"))
				.andExpect(status().isForbidden());
			mvc.perform(post(prefix + "/sections/" + section + "/subsections").with(person).with(csrf())
				.param("sectionId", String.valueOf(section))
				.param("version", String.valueOf(version("association_section", section)))
				.param("actId", String.valueOf(order))
				.param("levelCode", "BACHELOR")
				.param("nameKy", "Кичи секция"))
				.andExpect(status().isForbidden());
			mvc.perform(post(prefix + "/sections/" + section + "/close").with(person).with(csrf())
				.param("targetId", String.valueOf(section))
				.param("version", String.valueOf(version("association_section", section)))
				.param("actId", String.valueOf(order)))
				.andExpect(status().isForbidden());
			mvc.perform(post(prefix + "/bylaws").with(person).with(csrf())
				.param("summary", "Өзгөртүүлөр")
				.param("content", "Жобонун тексти")
				.param("actId", String.valueOf(order)))
				.andExpect(status().isForbidden());
			mvc.perform(post(prefix + "/working-groups").with(person).with(csrf())
				.param("nameKy", "Топ")
				.param("task", "Иш")
				.param("deadline", "2099-06-30"))
				.andExpect(status().isForbidden());
			mvc.perform(post(prefix + "/contacts").with(person).with(csrf())
				.param("version", String.valueOf(version("association", association)))
				.param("email", "head@example.kg"))
				.andExpect(status().isForbidden());
		}

		assertThat(count("select count(*) from association_section where association_id = ?", association)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select head_name from association_section where id = ?", String.class, section))
			.isEqualTo("Эрлан Абдыкадыров");
		assertThat(jdbc.queryForObject("select closed_on from association_section where id = ?", java.sql.Date.class,
				section)).isNull();
		assertThat(count("select count(*) from association_subsection where section_id = ?", section)).isZero();
		assertThat(count("select count(*) from association_bylaws where association_id = ?", association)).isZero();
		assertThat(count("select count(*) from association_working_group where association_id = ?", association))
			.isZero();
	}

	@Test
	void theOfficerEndsTheChairsTermAndTransfersTheFunctionsByActsWhichTheChairMayNot() throws Exception {
		long association = createOmb();
		long chair = confirmChair(association, "Айгүл Токтогулова");
		RequestPostProcessor asChair = as(chair, ManageFixture.role("OMB_CHAIR", "ASSOCIATION", association));
		String prefix = "/manage/associations/" + association;

		mvc.perform(post(prefix + "/chair/end").with(asOfficer()).with(csrf())
			.param("version", String.valueOf(version("association", association))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Буйрукту тандаңыз.")));
		mvc.perform(post(prefix + "/chair/end").with(asChair).with(csrf())
			.param("version", String.valueOf(version("association", association)))
			.param("actId", String.valueOf(fixture.authorityAct(authority))))
			.andExpect(status().isForbidden());
		assertThat(chairs(association)).containsExactly(chair);
		mvc.perform(post(prefix + "/chair/end").with(asOfficer()).with(csrf())
			.param("version", String.valueOf(version("association", association)))
			.param("actId", String.valueOf(fixture.authorityAct(authority))))
			.andExpect(status().is3xxRedirection());
		assertThat(chairs(association)).isEmpty();

		long next = confirmChair(association, "Бакыт Жумабеков");
		long newBase = fixture.university(false);
		mvc.perform(post(prefix + "/transfer").with(as(next, ManageFixture.role("OMB_CHAIR", "ASSOCIATION", association)))
			.with(csrf())
			.param("version", String.valueOf(version("association", association)))
			.param("organizationId", String.valueOf(newBase))
			.param("actId", String.valueOf(fixture.authorityAct(authority))))
			.andExpect(status().isForbidden());
		mvc.perform(post(prefix + "/transfer").with(asOfficer()).with(csrf())
			.param("version", String.valueOf(version("association", association)))
			.param("organizationId", String.valueOf(newBase)))
			.andExpect(status().isUnprocessableContent());
		assertThat(count("select count(*) from association_base_term where association_id = ?", association))
			.isEqualTo(1);
		mvc.perform(post(prefix + "/transfer").with(asOfficer()).with(csrf())
			.param("version", String.valueOf(version("association", association)))
			.param("organizationId", String.valueOf(newBase))
			.param("actId", String.valueOf(fixture.authorityAct(authority))))
			.andExpect(status().is3xxRedirection());

		assertThat(count("select count(*) from association_base_term where association_id = ? and organization_id = ?"
				+ " and to_date is null", association, newBase)).isEqualTo(1);
		assertThat(chairs(association)).isEmpty();
	}

	@Test
	void theOfficerReorganisesOneOmbIntoAnotherAndDissolvesAThirdWhileTheirChairsMayNot() throws Exception {
		long reorganised = createOmb();
		group = fixture.group();
		long successor = createOmb();
		group = fixture.group();
		long dissolved = createOmb();
		long chair = confirmChair(reorganised, "Айгүл Токтогулова");
		long otherChair = confirmChair(dissolved, "Бакыт Жумабеков");

		mvc.perform(post("/manage/associations/" + reorganised + "/reorganise")
			.with(as(chair, ManageFixture.role("OMB_CHAIR", "ASSOCIATION", reorganised)))
			.with(csrf())
			.param("version", String.valueOf(version("association", reorganised)))
			.param("successorId", String.valueOf(successor))
			.param("actId", String.valueOf(fixture.authorityAct(authority))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/manage/associations/" + dissolved + "/dissolve")
			.with(as(otherChair, ManageFixture.role("OMB_CHAIR", "ASSOCIATION", dissolved)))
			.with(csrf())
			.param("version", String.valueOf(version("association", dissolved)))
			.param("actId", String.valueOf(fixture.authorityAct(authority))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/manage/associations/" + dissolved + "/dissolve").with(asOfficer()).with(csrf())
			.param("version", String.valueOf(version("association", dissolved))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Буйрукту тандаңыз.")));
		assertThat(statusOf(reorganised)).isEqualTo("ACTIVE");
		assertThat(statusOf(dissolved)).isEqualTo("ACTIVE");

		mvc.perform(post("/manage/associations/" + reorganised + "/reorganise").with(asOfficer()).with(csrf())
			.param("version", String.valueOf(version("association", reorganised)))
			.param("successorId", String.valueOf(successor))
			.param("actId", String.valueOf(fixture.authorityAct(authority))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/manage/associations/" + dissolved + "/dissolve").with(asOfficer()).with(csrf())
			.param("version", String.valueOf(version("association", dissolved)))
			.param("actId", String.valueOf(fixture.authorityAct(authority))))
			.andExpect(status().is3xxRedirection());

		assertThat(statusOf(reorganised)).isEqualTo("REORGANISED");
		assertThat(jdbc.queryForObject("select successor_id from association where id = ?", Long.class, reorganised))
			.isEqualTo(successor);
		assertThat(statusOf(dissolved)).isEqualTo("DISSOLVED");
		assertThat(chairs(reorganised)).isEmpty();
		assertThat(chairs(dissolved)).isEmpty();
		assertThat(statusOf(successor)).isEqualTo("ACTIVE");
	}

	@Test
	void theChairClosesASectionByAnActAndItsHeadLosesTheRole() throws Exception {
		long association = createOmb();
		long chair = fixture.account("Айгүл Токтогулова");
		RequestPostProcessor asChair = as(chair, ManageFixture.role("OMB_CHAIR", "ASSOCIATION", association));
		long section = createSection(association, asChair);
		long head = fixture.account("Эрлан Абдыкадыров");
		mvc.perform(post("/manage/associations/" + association + "/sections/" + section + "/head").with(asChair)
			.with(csrf())
			.param("sectionId", String.valueOf(section))
			.param("version", String.valueOf(version("association_section", section)))
			.param("actId", String.valueOf(fixture.organizationAct(base)))
			.param("headEmail", ManageFixture.email(head)))
			.andExpect(status().is3xxRedirection());
		assertThat(accounts.holding(Role.SECTION_HEAD, Scope.of(ScopeType.SECTION, section))).extracting(AccountView::id)
			.containsExactly(head);

		mvc.perform(post("/manage/associations/" + association + "/sections/" + section + "/close").with(asChair)
			.with(csrf())
			.param("targetId", String.valueOf(section))
			.param("version", String.valueOf(version("association_section", section))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Буйрукту тандаңыз.")));
		assertThat(jdbc.queryForObject("select closed_on from association_section where id = ?", java.sql.Date.class,
				section)).isNull();
		long order = fixture.organizationAct(base);
		mvc.perform(post("/manage/associations/" + association + "/sections/" + section + "/close").with(asChair)
			.with(csrf())
			.param("targetId", String.valueOf(section))
			.param("version", String.valueOf(version("association_section", section)))
			.param("actId", String.valueOf(order)))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.queryForObject("select closing_act_id from association_section where id = ?", Long.class,
				section)).isEqualTo(order);
		assertThat(accounts.holding(Role.SECTION_HEAD, Scope.of(ScopeType.SECTION, section))).isEmpty();
		mvc.perform(get("/acts/" + order))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Экономика секциясы")));
	}

	@Test
	void badInputChangesNothingAndSaysWhy() throws Exception {
		int before = count("select count(*) from association");
		mvc.perform(post("/manage/associations").with(asOfficer()).with(csrf())
			.param("nameKy", "")
			.param("authorityId", String.valueOf(authority))
			.param("baseOrganizationId", String.valueOf(base))
			.param("actId", String.valueOf(authorityAct)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Аталышын кыргызча жазыңыз.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Жок дегенде бир ирилештирилген топту тандаңыз.")));
		mvc.perform(post("/manage/associations").with(asOfficer()).with(csrf())
			.param("nameKy", "ОМБ")
			.param("authorityId", String.valueOf(authority))
			.param("groupCodes", group)
			.param("baseOrganizationId", String.valueOf(base))
			.param("actId", "бир"))
			.andExpect(status().isUnprocessableContent());
		long otherAuthorityAct = fixture.authorityAct(fixture.authority());
		mvc.perform(post("/manage/associations").with(asOfficer()).with(csrf())
			.param("nameKy", "ОМБ")
			.param("authorityId", String.valueOf(authority))
			.param("groupCodes", group)
			.param("baseOrganizationId", String.valueOf(base))
			.param("actId", String.valueOf(otherAuthorityAct)))
			.andExpect(status().isUnprocessableContent());

		assertThat(count("select count(*) from association")).isEqualTo(before);
	}

	@Test
	void aStaleVersionIsRefusedAndNothingChanges() throws Exception {
		long association = createOmb();
		long chair = fixture.account("Айгүл Токтогулова");
		long current = version("association", association);
		mvc.perform(post("/manage/associations/" + association + "/contacts").with(asOfficer()).with(csrf())
			.param("version", String.valueOf(current))
			.param("email", "omb@example.kg"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post("/manage/associations/" + association + "/chair").with(asOfficer()).with(csrf())
			.param("version", String.valueOf(current))
			.param("email", ManageFixture.email(chair))
			.param("position", "Окуу иштери боюнча проректор")
			.param("actId", String.valueOf(authorityAct)))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(STALE)));

		assertThat(count("select count(*) from association_chair_term where association_id = ?", association)).isZero();
		assertThat(accounts.holding(Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, association))).isEmpty();
	}

	@Test
	void aParticipantMayNotCreateAnOmbNorOpenTheConsole() throws Exception {
		long participant = fixture.account("Азамат Бекболотов");
		mvc.perform(get("/manage/associations/new").with(as(participant, "PARTICIPANT")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/manage").with(as(participant, "PARTICIPANT"))).andExpect(status().isForbidden());
		mvc.perform(post("/manage/associations").with(as(participant, "PARTICIPANT")).with(csrf())
			.param("nameKy", "ОМБ")
			.param("authorityId", String.valueOf(authority))
			.param("groupCodes", group)
			.param("baseOrganizationId", String.valueOf(base))
			.param("actId", String.valueOf(authorityAct)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOfficerSeesTheWarningsWithWhereToFixThem() throws Exception {
		long association = createOmb();
		mvc.perform(get("/manage/warnings").with(asOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("/manage/associations/" + association + "#chair")));
		mvc.perform(get("/manage/warnings").header("HX-Request", "true").with(asOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
	}

	@Test
	void theOfficerFormsTheCouncilAndAppointsAMember() throws Exception {
		mvc.perform(post("/manage/councils").with(asOfficer()).with(csrf())
			.param("authorityId", String.valueOf(authority))
			.param("nameKy", "Консультативдик кеңеш")
			.param("actId", String.valueOf(authorityAct)))
			.andExpect(status().is3xxRedirection());
		Long council = jdbc.queryForObject("select id from consultative_council where authority_id = ?", Long.class,
				authority);
		long member = fixture.account("Бакыт Жумабеков");
		mvc.perform(post("/manage/councils/" + council + "/members").with(asOfficer()).with(csrf())
			.param("councilId", String.valueOf(council))
			.param("version", String.valueOf(version("consultative_council", council)))
			.param("personName", "Бакыт Жумабеков")
			.param("email", ManageFixture.email(member))
			.param("position", "Профессор")
			.param("actId", String.valueOf(authorityAct)))
			.andExpect(status().is3xxRedirection());

		assertThat(accounts.holding(Role.COUNCIL_MEMBER, Scope.of(ScopeType.COUNCIL, council)))
			.extracting(AccountView::id)
			.containsExactly(member);
		mvc.perform(get("/manage/councils").with(asOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Бакыт Жумабеков")));
	}

	@Test
	void theChairsWorkspaceOffersTheChairsFormsAndShowsARefusedFormWithItsErrors() throws Exception {
		long association = createOmb();
		long chair = fixture.account("Айгүл Токтогулова");
		RequestPostProcessor asChair = as(chair, ManageFixture.role("OMB_CHAIR", "ASSOCIATION", association));
		mvc.perform(post("/manage/associations/" + association + "/working-groups").with(asChair).with(csrf())
			.param("nameKy", "Стандарт иштеп чыгуу тобу")
			.param("task", "МББС долбоорун даярдоо")
			.param("deadline", "2099-06-30"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/manage/associations/" + association).with(asChair))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Секция түзүү")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Стандарт иштеп чыгуу тобу")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Жобонун жаңы редакциясын киргизүү")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Төраганы бекитүү"))));
		mvc.perform(post("/manage/associations/" + association + "/bylaws").with(asChair).with(csrf())
			.param("summary", "")
			.param("content", "Жобонун тексти")
			.param("actId", String.valueOf(fixture.organizationAct(base))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Өзгөртүүлөрдүн кыскача мазмунун жазыңыз.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Жобонун тексти")));
		mvc.perform(get("/manage").with(asChair))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/manage/associations/" + association)));
		assertThat(count("select count(*) from association_bylaws where association_id = ?", association)).isZero();
	}

	@Test
	void aSpecialStatusUniversitysHeadRegistersItsOwnOmbUnderItsCharter() throws Exception {
		long university = fixture.university(true);
		long charter = fixture.charter(university);
		long head = fixture.account("Ректор");
		RequestPostProcessor rector = as(head, ManageFixture.role("ORG_REPRESENTATIVE", "ORGANIZATION", university));
		mvc.perform(get("/manage/associations/register").with(rector)).andExpect(status().isOk());
		mvc.perform(post("/manage/associations/register").with(rector).with(csrf())
			.param("nameKy", "Университеттин ОМБсы")
			.param("universityId", String.valueOf(university))
			.param("groupCodes", group)
			.param("charterActId", String.valueOf(charter)))
			.andExpect(status().is3xxRedirection());

		assertThat(count("select count(*) from association where special_status = true and name_ky = ?",
				"Университеттин ОМБсы")).isEqualTo(1);
		mvc.perform(get("/manage/associations/register").with(as(head, "PARTICIPANT")))
			.andExpect(status().isForbidden());
	}

	private long createOmb() throws Exception {
		MvcResult created = mvc.perform(post("/manage/associations").with(asOfficer()).with(csrf())
			.param("nameKy", "ОМБ " + group)
			.param("authorityId", String.valueOf(authority))
			.param("groupCodes", group)
			.param("baseOrganizationId", String.valueOf(base))
			.param("actId", String.valueOf(authorityAct)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/manage/associations/");
		return Long.parseLong(location.substring("/manage/associations/".length()));
	}

	/** The officer confirms a new account as the OMB's chair by a new order; returns the account's id. */
	private long confirmChair(long association, String name) throws Exception {
		long chair = fixture.account(name);
		mvc.perform(post("/manage/associations/" + association + "/chair").with(asOfficer()).with(csrf())
			.param("version", String.valueOf(version("association", association)))
			.param("email", ManageFixture.email(chair))
			.param("position", "Окуу иштери боюнча проректор")
			.param("actId", String.valueOf(fixture.authorityAct(authority))))
			.andExpect(status().is3xxRedirection());
		assertThat(chairs(association)).containsExactly(chair);
		return chair;
	}

	private List<Long> chairs(long association) {
		return accounts.holding(Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, association))
			.stream()
			.map(AccountView::id)
			.toList();
	}

	private String statusOf(long association) {
		return jdbc.queryForObject("select status from association where id = ?", String.class, association);
	}

	/** The chair creates a section, headed by Эрлан Абдыкадыров, at a leading university; returns its id. */
	private long createSection(long association, RequestPostProcessor asChair) throws Exception {
		long leading = fixture.organization("UNIVERSITY", false);
		mvc.perform(post("/manage/associations/" + association + "/sections").with(asChair).with(csrf())
			.param("nameKy", "Экономика секциясы")
			.param("classifierCodes", fixture.direction(group))
			.param("leadingOrganizationId", String.valueOf(leading))
			.param("actId", String.valueOf(fixture.organizationAct(base)))
			.param("headName", "Эрлан Абдыкадыров"))
			.andExpect(status().is3xxRedirection());
		Long section = jdbc.queryForObject("select id from association_section where association_id = ?", Long.class,
				association);
		return section == null ? -1 : section;
	}

	private void propose(long association, long organization, String name, long section, RequestPostProcessor who)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/manage/associations/" + association + "/proposals").with(who)
			.with(csrf())
			.param("organizationId", String.valueOf(organization))
			.param("personName", name)
			.param("position", "Доцент")
			.param("stakeholderKind", "ACADEMIC_STAFF")
			.param("sectionId", String.valueOf(section))
			.param("role", "MEMBER");
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private RequestPostProcessor asOfficer() {
		return as(officer, ManageFixture.role("AUTHORITY_OFFICER", "AUTHORITY", authority));
	}

	private static RequestPostProcessor as(long accountId, String... roles) {
		List<SimpleGrantedAuthority> authorities = java.util.Arrays.stream(roles)
			.flatMap(role -> role.contains("@")
					? java.util.stream.Stream.of(new SimpleGrantedAuthority(role),
							new SimpleGrantedAuthority("ROLE_" + role.substring(0, role.indexOf('@'))))
					: java.util.stream.Stream.of(new SimpleGrantedAuthority("ROLE_" + role)))
			.toList();
		var principal = new TestAccount(accountId, ManageFixture.email(accountId), "Сынак " + accountId);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}

	private long version(String table, long id) {
		Long version = jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
		return version == null ? -1 : version;
	}

	private long proposalOf(String personName) {
		Long id = jdbc.queryForObject("select max(id) from association_membership_proposal where person_name = ?",
				Long.class, personName);
		return id == null ? -1 : id;
	}

	private String proposalStatus(long id) {
		return jdbc.queryForObject("select status from association_membership_proposal where id = ?", String.class,
				id);
	}

	private int count(String sql, Object... args) {
		Integer count = jdbc.queryForObject(sql, Integer.class, args);
		return count == null ? 0 : count;
	}

}
