package kg.omb.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.omb.association.AssociationFixture;
import kg.omb.directory.Region;
import kg.omb.reports.load.LoadNorms;
import kg.omb.reports.load.NormService;
import kg.omb.shared.DomainException;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The norms of an authorized body: its officer and an administrator set them by academic year, a stale change and
 * bad values are refused with a translated message and change nothing, every change is audited; officers of other
 * bodies, chairs, members and experts are refused, on the service and on the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class TeachingLoadNormsTests {

	@Autowired
	AssociationFixture fixture;

	@Autowired
	NormService norms;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	AssociationFixture.Omb omb;

	long authority;

	@BeforeEach
	void anAuthority() {
		clock.set(Instant.parse("2026-06-15T06:00:00Z"));
		omb = fixture.standardOmb(Region.TALAS);
		authority = omb.authorityId();
	}

	@Test
	void theOfficerSetsAndChangesTheNormsAndAStaleChangeIsRefused() {
		NormService.NormSet created = asOfficer(() -> norms.save(authority, 2025, null, hours("4", "2", "10", "6.5")));
		assertThat(created.version()).isZero();
		assertThatThrownBy(() -> asOfficer(() -> norms.save(authority, 2025, null, hours("1", "1", "1", "1"))))
			.isInstanceOf(DomainException.class).hasMessageContaining("load.error.norms-exist");
		NormService.NormSet changed = asOfficer(() -> norms.save(authority, 2025, 0L, hours("5", "2", "10", "6.5")));
		assertThat(changed.version()).isEqualTo(1);
		assertThatThrownBy(() -> asOfficer(() -> norms.save(authority, 2025, 0L, hours("9", "9", "9", "9"))))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThatThrownBy(() -> asOfficer(() -> norms.save(authority, 2025, 1L, hours("9", "-9", "9", "9"))))
			.isInstanceOf(DomainException.class).hasMessageContaining("load.error.hours");
		assertThatThrownBy(() -> asOfficer(() -> norms.save(authority, 2027, null, hours("1", "1", "1", "1"))))
			.isInstanceOf(DomainException.class).hasMessageContaining("load.error.year");
		TestAccount.runAs(94_001, "ADMIN", () -> norms.save(authority, 2024, null, hours("3", "1", "8", "5")));
		assertThat(asOfficer(() -> norms.of(authority))).extracting(set -> set.academicYear().startYear() + ":"
				+ set.hours().review().stripTrailingZeros().toPlainString())
			.containsExactly("2025:5", "2024:3");
		assertThat(jdbc.queryForList("select a.action from audit_entry a join teaching_load_norms n"
				+ " on a.target_id = cast(n.id as varchar(100)) where a.target_type = 'teaching-load-norms'"
				+ " and n.authority_id = ?", String.class, authority))
			.containsExactlyInAnyOrder("load.norms.created", "load.norms.changed", "load.norms.created");
	}

	@Test
	void onlyTheBodysOfficersAndAdministratorsSetItsNorms() {
		for (String role : Set.of("AUTHORITY_OFFICER@AUTHORITY:" + (authority + 1000), "OMB_CHAIR@ASSOCIATION:"
				+ omb.id(), "OMB_MEMBER@ASSOCIATION:" + omb.id(), "EXPERT@PLATFORM", "COUNCIL_MEMBER@COUNCIL:1")) {
			assertThatThrownBy(() -> TestAccount.runAs(94_002, role,
					() -> norms.save(authority, 2025, null, hours("1", "1", "1", "1"))))
				.as(role).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> TestAccount.runAs(94_002, role, () -> norms.of(authority))).as(role)
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(jdbc.queryForObject("select count(*) from teaching_load_norms where authority_id = ?", Long.class,
				authority)).isZero();
		assertThat(TestAccount.runAs(94_003, "AUTHORITY_OFFICER@PLATFORM", () -> norms.authorities()))
			.extracting(a -> a.id()).contains(authority);
		assertThat(asOfficer(() -> norms.authorities())).extracting(a -> a.id()).containsExactly(authority);
	}

	@Test
	void thePageSavesGoodValuesAndRefusesBadOnesWithATranslatedMessage() throws Exception {
		String page = page(get("/manage/teaching-load/norms"), officer());
		assertThat(page).contains("id=\"norms-form\"", "id=\"no-norms\"", "Окуу жүктөмүнүн нормалары");
		mvc.perform(form(officer(), "2025", null, "4", "2", "10", "6.5"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/manage/teaching-load/norms?authority=" + authority + "&year=2025"));
		assertThat(page(get("/manage/teaching-load/norms?authority=" + authority + "&year=2025"), officer()))
			.contains("id=\"norm-sets\"", "2025–2026", "6.5", "name=\"version\" value=\"0\"");

		String bad = mvc.perform(form(officer(), "2025", "0", "-1", "2", "10.123", ""))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(bad).contains("Саат 0дөн 100гө чейин болушу керек.", "Үтүрдөн кийин эң көп эки цифра болушу мүмкүн.",
				"Саатты жазыңыз.");
		String stale = mvc.perform(form(officer(), "2025", "7", "1", "1", "1", "1"))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(stale).contains("Бул нормаларды сизден мурун башка бирөө өзгөрттү.");
		assertThat(mvc.perform(form(officer(), "2025", null, "1", "1", "1", "1").param("lang", "en"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
			.contains("Norms from the academic year 2025–2026 exist already");
		assertThat(jdbc.queryForMap("select review_hours, version from teaching_load_norms where authority_id = ?",
				authority)).containsEntry("VERSION", 0L);

		mvc.perform(get("/manage/teaching-load/norms?authority=" + authority)
			.with(TeachingLoadTests.as(94_004, "OMB_CHAIR@ASSOCIATION:" + omb.id()))).andExpect(status().isForbidden());
		mvc.perform(form(TeachingLoadTests.as(94_004, "AUTHORITY_OFFICER@AUTHORITY:" + (authority + 1000)), "2025",
				"0", "9", "9", "9", "9")).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select review_hours from teaching_load_norms where authority_id = ?",
				BigDecimal.class, authority)).isEqualByComparingTo("4");
	}

	MockHttpServletRequestBuilder form(RequestPostProcessor who, String year, String version, String review,
			String meeting, String document, String task) {
		MockHttpServletRequestBuilder request = post("/manage/teaching-load/norms").with(who).with(csrf())
			.param("authorityId", String.valueOf(authority)).param("academicYear", year).param("reviewHours", review)
			.param("meetingHours", meeting).param("documentHours", document).param("taskHours", task);
		return version == null ? request : request.param("version", version);
	}

	String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
		return mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	RequestPostProcessor officer() {
		return TeachingLoadTests.as(94_000, "AUTHORITY_OFFICER@AUTHORITY:" + authority);
	}

	<T> T asOfficer(Supplier<T> work) {
		return TestAccount.runAs(94_000, "AUTHORITY_OFFICER@AUTHORITY:" + authority, work);
	}

	static LoadNorms.Hours hours(String review, String meeting, String document, String task) {
		return TeachingLoadTests.hours(review, meeting, document, task);
	}

}
