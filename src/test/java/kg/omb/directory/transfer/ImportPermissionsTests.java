package kg.omb.directory.transfer;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;

import static kg.omb.directory.transfer.TransferFixtures.admin;
import static kg.omb.directory.transfer.TransferFixtures.awaitFinished;
import static kg.omb.directory.transfer.TransferFixtures.officerOf;
import static kg.omb.directory.transfer.TransferFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may import, what an officer may import, who sees a job, what a refused upload looks like. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportPermissionsTests extends ImportTestSupport {

	@Test
	void anonymousPeopleAreSentToSignInAndParticipantsAreRefused() throws Exception {
		mvc.perform(get("/manage/imports").header("Accept", "text/html"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		mvc.perform(get("/manage/imports").with(authentication(participant()))).andExpect(status().isForbidden());
		mvc.perform(multipart("/manage/imports").file(file("a.csv", TransferFixtures.organizationsCsv()))
			.param("kind", "ORGANIZATIONS").with(csrf()).with(authentication(participant())))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from import_job", Integer.class)).isZero();
	}

	@Test
	void exportsAreOpenToAnyone() throws Exception {
		mvc.perform(get("/organizations/export.csv")).andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
		mvc.perform(get("/classifier/export.xlsx")).andExpect(status().isOk());
	}

	@Test
	void anOfficerImportsOnlyOrganisationsOfTheirOwnAuthority() throws Exception {
		long mes = TransferFixtures.authorityId(jdbc, "MES");
		long mon = TransferFixtures.authorityId(jdbc, "MON");

		long refused = upload(ImportKind.ORGANIZATIONS, "mon.csv", TransferFixtures.organizationsCsv(),
				officerOf(mes, 9101));

		assertThat(awaitFinished(jdbc, refused)).isEqualTo("REJECTED");
		assertThat(problems(refused)).containsExactly("2 authority_code transfer.error.organization.not-your-authority",
				"3 authority_code transfer.error.organization.not-your-authority",
				"4 authority_code transfer.error.organization.not-your-authority");
		assertThat(jdbc.queryForObject("select count(*) from organization", Integer.class)).isZero();

		long accepted = upload(ImportKind.ORGANIZATIONS, "mon.csv", TransferFixtures.organizationsCsv(),
				officerOf(mon, 9102));

		assertThat(awaitFinished(jdbc, accepted)).isEqualTo("SUCCEEDED");
		assertThat(counts(accepted)).containsExactly(3, 0, 0);
	}

	@Test
	void anOfficerMayNotTakeOverAnOrganisationOfAnotherAuthority() throws Exception {
		long mes = TransferFixtures.authorityId(jdbc, "MES");
		awaitFinished(jdbc, upload(ImportKind.ORGANIZATIONS, "mon.csv", TransferFixtures.organizationsCsv(), admin()));
		byte[] takeover = TransferFixtures.csv(TransferFixtures.ORGANIZATION_HEADER,
				"BPK;COLLEGE;Бишкек политехникалык колледжи;;;SECONDARY_VOCATIONAL;CHUY;;MES;");

		long job = upload(ImportKind.ORGANIZATIONS, "takeover.csv", takeover, officerOf(mes, 9103));

		assertThat(awaitFinished(jdbc, job)).isEqualTo("REJECTED");
		assertThat(problems(job)).containsExactly("2 code transfer.error.organization.foreign");
	}

	@Test
	void anyOfficerMayImportTheClassifier() throws Exception {
		long job = upload(ImportKind.CLASSIFIER, "c.xlsx", TransferFixtures.classifierXlsx(),
				officerOf(TransferFixtures.authorityId(jdbc, "MES"), 9104));

		assertThat(awaitFinished(jdbc, job)).isEqualTo("SUCCEEDED");
	}

	@Test
	void aJobIsSeenByWhoStartedItAndByAdministratorsOnly() throws Exception {
		long mon = TransferFixtures.authorityId(jdbc, "MON");
		long job = upload(ImportKind.ORGANIZATIONS, "mon.csv", TransferFixtures.organizationsCsv(), officerOf(mon, 9105));
		awaitFinished(jdbc, job);

		assertThat(page(job, officerOf(mon, 9105))).contains("mon.csv");
		assertThat(page(job, admin())).contains("mon.csv");
		mvc.perform(get("/manage/imports/{id}", job).with(authentication(officerOf(mon, 9106))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/manage/imports/{id}/report.csv", job).with(authentication(officerOf(mon, 9106))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/manage/imports/{id}", job).with(authentication(participant())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFileThatIsNeitherCsvNorXlsxByItsContentIsRefusedWithATranslatedMessage() throws Exception {
		byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);

		String page = mvc.perform(multipart("/manage/imports").file(file("organizations.csv", pdf))
			.param("kind", "ORGANIZATIONS").with(csrf()).with(authentication(admin())).header("Accept-Language", "ru"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("По содержимому этот файл не CSV (текст) и не XLSX.");
		assertThat(jdbc.queryForObject("select count(*) from import_job", Integer.class)).isZero();
	}

	@Test
	void anEmptyFileAndAHeaderWithoutRequiredColumnsAreRefusedClearly() throws Exception {
		mvc.perform(multipart("/manage/imports").file(file("empty.csv", new byte[0])).param("kind", "CLASSIFIER")
			.with(csrf()).with(authentication(admin())))
			.andExpect(status().isUnprocessableContent());

		long job = upload(ImportKind.CLASSIFIER, "short.csv", TransferFixtures.csv("code,name_ky", "580000,Топ"),
				admin());

		assertThat(awaitFinished(jdbc, job)).isEqualTo("REJECTED");
		assertThat(problems(job)).containsExactly("1  transfer.error.missing-columns");
		assertThat(jdbc.queryForObject("select message_args from import_problem where job_id = ?", String.class, job))
			.isEqualTo("kind, introduced_on");
	}

	@Test
	void aRunningJobsFragmentAsksForItselfEverySecondAndAFinishedOneStops() throws Exception {
		long mon = TransferFixtures.authorityId(jdbc, "MON");
		long finished = upload(ImportKind.ORGANIZATIONS, "mon.csv", TransferFixtures.organizationsCsv(),
				officerOf(mon, 9107));
		awaitFinished(jdbc, finished);
		// a job another node is running, as this node reads it from the table
		jdbc.update("""
				insert into import_job (kind, format, file_id, file_name, started_by, started_by_name, phase, processed,
				total, created_at, updated_at) select 'CLASSIFIER', 'CSV', file_id, 'c.csv', 9107, 'Тест', 'IMPORTING', 1200,
				5000, current_timestamp, current_timestamp from import_job where id = ?""", finished);
		long running = jdbc.queryForObject("select max(id) from import_job", Long.class);

		String fragment = mvc.perform(get("/manage/imports/{id}", running).header("HX-Request", "true")
			.with(authentication(officerOf(mon, 9107))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).doesNotContain("<html").contains("hx-trigger=\"every 1s\"")
			.contains("aria-valuenow=\"24\"").contains("Импорттолууда");

		String done = mvc.perform(get("/manage/imports/{id}", finished).header("HX-Request", "true")
			.with(authentication(officerOf(mon, 9107))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(done).doesNotContain("hx-trigger").contains("id=\"count-created\">3<");
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "text/csv", content);
	}

}
