package kg.omb.audit.web;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kg.omb.audit.AuditFixture;
import kg.omb.audit.AuditLog;
import kg.omb.audit.AuditSpringTest;
import kg.omb.audit.MutableClock;
import kg.omb.audit.SignedIn;
import kg.omb.audit.domain.AuditAdministration;
import kg.omb.audit.domain.AuditFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@AuditSpringTest
class AuditPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditAdministration administration;

	@Autowired
	AuditFixture fixture;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void startFromAnEmptyChain() {
		fixture.clear();
	}

	@AfterEach
	void letTheClockRun() {
		clock.run();
	}

	@Test
	void administratorSeesTheEntriesNewestFirstWithTheirDetails() throws Exception {
		auditLog.record("association.created", "association", 3, Map.of("name", "Педагогика ОМБ"));
		auditLog.record("role.granted", "account", 12, Map.of("role", "OMB_CHAIR", "scope", Map.of("id", 3)));

		String page = mvc.get().uri("/admin/audit").with(SignedIn.as("ADMIN")).exchange().getResponse()
			.getContentAsString();
		assertThat(page).contains("<html").contains("id=\"audit-results\"");
		assertThat(page.indexOf("role.granted")).isPositive().isLessThan(page.indexOf("association.created"));
		assertThat(page).contains("<dt class=\"col-sm-4 text-break\">role</dt>")
			.contains("<dd class=\"col-sm-8 mb-1 text-break\">OMB_CHAIR</dd>")
			.contains("{&quot;id&quot;:3}")
			.contains("Педагогика ОМБ");
	}

	@Test
	void theAuditPageIsForAdministratorsOnly() {
		assertThat(mvc.get().uri("/admin/audit").with(SignedIn.as("OMB_MEMBER"))).hasStatus(403);
		assertThat(mvc.get().uri("/admin/audit.csv").with(SignedIn.as("OMB_MEMBER"))).hasStatus(403);
		assertThat(mvc.post().uri("/admin/audit/verify").with(SignedIn.as("OMB_MEMBER")).with(csrf()))
			.hasStatus(403);
		assertThat(mvc.get().uri("/admin/audit").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(mvc.get().uri("/admin/audit.csv").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void anHtmxRequestGetsTheResultsAloneAndAPageLoadTheWholePage() {
		auditLog.record("role.granted", "account", 12);
		assertThat(mvc.get().uri("/admin/audit?action=role.").header("HX-Request", "true").with(SignedIn.as("ADMIN")))
			.hasStatusOk()
			.headers()
			.hasValue("Vary", "HX-Request");
		assertThat(mvc.get().uri("/admin/audit?action=role.").header("HX-Request", "true").with(SignedIn.as("ADMIN")))
			.bodyText()
			.startsWith("<div id=\"audit-results\"")
			.doesNotContain("<html")
			.contains("role.granted");
		assertThat(mvc.get().uri("/admin/audit?action=role.").header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true").with(SignedIn.as("ADMIN")))
			.bodyText()
			.contains("<html");
	}

	@Test
	void theFilterComesFromTheAddressAndStaysInTheForm() {
		auditLog.record("role.granted", "account", 12);
		auditLog.record("role.granted", "account", 13);
		auditLog.record("association.created", "association", 12);
		assertThat(mvc.get().uri("/admin/audit?action=role.&targetType=account&targetId=12&from=2000-01-01")
			.with(SignedIn.as("ADMIN")))
			.bodyText()
			.contains("value=\"role.\"")
			.contains("value=\"2000-01-01\"")
			.contains("<td>1</td>")
			.doesNotContain("<td>2</td>")
			.doesNotContain("<td>3</td>")
			.contains("href=\"/admin/audit.csv?action=role.&amp;targetType=account&amp;targetId=12"
					+ "&amp;from=2000-01-01\"");
	}

	@Test
	void theLinksCarryTheFilterExactlyAsTyped() {
		assertThat(mvc.get().uri("/admin/audit").param("actor", "aigul+test@omb.local & co").with(SignedIn.as("ADMIN")))
			.bodyText()
			.contains("value=\"aigul+test@omb.local &amp; co\"")
			.contains("href=\"/admin/audit.csv?actor=aigul%2Btest%40omb.local+%26+co\"");
	}

	@Test
	void aWrongDateIsShownOnTheFormInsteadOfFailing() {
		assertThat(mvc.get().uri("/admin/audit?from=2025-02-30&lang=en").with(SignedIn.as("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("value=\"2025-02-30\"")
			.contains("is-invalid")
			.contains("aria-invalid=\"true\"")
			.contains("Enter a date such as 2025-03-01.")
			.doesNotContain("Entries found");
		assertThat(mvc.get().uri("/admin/audit.csv?to=yesterday").with(SignedIn.as("ADMIN"))).hasStatus(400);
	}

	@Test
	void pagesLinkToNewerAndOlderEntriesKeepingTheFilter() {
		for (int i = 1; i <= AuditAdministration.PAGE_SIZE + 1; i++) {
			auditLog.record("test.recorded", "thing", i);
		}
		assertThat(mvc.get().uri("/admin/audit?action=test.&lang=en").with(SignedIn.as("ADMIN"))).bodyText()
			.contains("Entries found: 51")
			.contains("Page 1 of 2")
			.contains("href=\"/admin/audit?action=test.&amp;page=1\"")
			.contains("hx-get=\"/admin/audit?action=test.&amp;page=1\"")
			.contains("<td>51</td>")
			.doesNotContain("<td>1</td>");
		assertThat(mvc.get().uri("/admin/audit?action=test.&page=1&lang=en").with(SignedIn.as("ADMIN"))).bodyText()
			.contains("Page 2 of 2")
			.contains("href=\"/admin/audit?action=test.\"")
			.contains("<td>1</td>")
			.doesNotContain("<td>2</td>");
	}

	@Test
	void timesAreShownInBishkekTimeInTheReadersLanguage() {
		clock.stopAt(Instant.parse("2025-03-01T19:00:00Z"));
		auditLog.record("role.granted", "account", 12);
		assertThat(mvc.get().uri("/admin/audit?lang=ru").with(SignedIn.as("ADMIN"))).bodyText()
			.contains("<time datetime=\"2025-03-01T19:00:00Z\">2 мар. 2025 г., 01:00:00</time>")
			.contains("Время (Бишкек)");
		assertThat(mvc.get().uri("/admin/audit?lang=en").with(SignedIn.as("ADMIN"))).bodyText()
			.contains(">Mar 2, 2025, 1:00:00 AM</time>");
		assertThat(mvc.get().uri("/admin/audit?lang=ky").with(SignedIn.as("ADMIN"))).bodyText()
			.contains(">2025-ж., 2-мар. 01:00:00</time>")
			.contains("Аудит журналы");
	}

	@Test
	void theVerifyButtonShowsWhetherTheChainHolds() {
		auditLog.record("role.granted", "account", 12);
		auditLog.record("role.revoked", "account", 12);
		assertThat(mvc.post().uri("/admin/audit/verify?lang=en").header("HX-Request", "true").with(csrf())
			.with(SignedIn.as("ADMIN")))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("<html")
			.contains("The chain is intact: 2 entries checked.");

		fixture.jdbc().update("update audit_entry set target_id = '13' where sequence_number = 2");
		assertThat(mvc.post().uri("/admin/audit/verify?lang=en").header("HX-Request", "true").with(csrf())
			.with(SignedIn.as("ADMIN")))
			.bodyText()
			.contains("The chain is broken at entry No. 2: the entry was changed after it was written. "
					+ "The entries before it (1) are intact.");

		assertThat(mvc.post().uri("/admin/audit/verify?lang=en").with(csrf()).with(SignedIn.as("ADMIN")))
			.hasStatusOk()
			.bodyText()
			.contains("<html")
			.contains("The chain is broken at entry No. 2")
			.contains("id=\"audit-results\"");
	}

	@Test
	@WithMockUser(roles = "OMB_MEMBER")
	void theServiceRefusesAnyoneButAnAdministratorToo() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> administration.search(AuditFilter.NONE, 0));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> administration.export(AuditFilter.NONE));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(administration::verify);
	}

}
