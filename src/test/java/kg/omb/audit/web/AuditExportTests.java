package kg.omb.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kg.omb.audit.AuditFixture;
import kg.omb.audit.AuditLog;
import kg.omb.audit.AuditSpringTest;
import kg.omb.audit.MutableClock;
import kg.omb.audit.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@AuditSpringTest
class AuditExportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditLog auditLog;

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
	void theExportIsUtf8CsvWithAByteOrderMarkAHeaderAndOneLinePerEntryNewestFirst() throws Exception {
		clock.stopAt(Instant.parse("2025-03-01T19:00:00.5Z"));
		auditLog.record("association.created", "association", 3, Map.of("name", "Өнөр жай, \"Ңыяз\""));
		auditLog.record("role.granted", "account", 12);

		var response = mvc.get().uri("/admin/audit.csv?lang=en").with(SignedIn.as("ADMIN")).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"audit-2025-03-02.csv\"");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n", -1);
		String hash1 = (String) fixture.entry(1).get("hash");
		String hash2 = (String) fixture.entry(2).get("hash");
		assertThat(lines).containsExactly(
				"No.,Time (Bishkek),Time (UTC),Account number,Who,IP address,Action,Object type,Object number,"
						+ "Details,Hash",
				"2,2025-03-02 01:00:00,2025-03-01T19:00:00.500Z,,anonymous,127.0.0.1,role.granted,account,12,{},"
						+ hash2,
				"1,2025-03-02 01:00:00,2025-03-01T19:00:00.500Z,,anonymous,127.0.0.1,association.created,association,3,"
						+ "\"{\"\"name\"\":\"\"Өнөр жай, \\\"\"Ңыяз\\\"\"\"\"}\"," + hash1,
				"");
	}

	@Test
	void theExportFollowsTheFilter() throws Exception {
		auditLog.record("association.created", "association", 3);
		auditLog.record("role.granted", "account", 12);
		auditLog.record("role.revoked", "account", 12);
		String csv = mvc.get().uri("/admin/audit.csv?action=role.g").with(SignedIn.as("ADMIN")).exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.split("\r\n")).hasSize(2);
		assertThat(csv).contains(",role.granted,").doesNotContain("role.revoked").doesNotContain("association");
	}

	@Test
	void aCellThatASpreadsheetWouldTakeForAFormulaIsDefused() throws Exception {
		mvc.post().uri("/login").param("email", "=HYPERLINK(\"http://evil\",\"x\")").param("password", "secret-1")
			.with(csrf())
			.exchange();
		String csv = mvc.get().uri("/admin/audit.csv").with(SignedIn.as("ADMIN")).exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",")
			.doesNotContain(",=HYPERLINK");
	}

}
