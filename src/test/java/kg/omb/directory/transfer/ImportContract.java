package kg.omb.directory.transfer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static kg.omb.directory.transfer.TransferFixtures.admin;
import static kg.omb.directory.transfer.TransferFixtures.awaitFinished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an import must do on every database: a good file (CSV or XLSX) imports, the same file again changes nothing,
 * a file with bad rows imports nothing and says why, and an export imports back unchanged.
 */
abstract class ImportContract extends ImportTestSupport {

	@Test
	void aGoodCsvFileImportsWithItsKyrgyzLettersAndTheSameFileAgainChangesNothing() throws Exception {
		long first = upload(ImportKind.ORGANIZATIONS, "уюмдар.csv", TransferFixtures.organizationsCsv(), admin());

		assertThat(awaitFinished(jdbc, first)).isEqualTo("SUCCEEDED");
		assertThat(counts(first)).containsExactly(3, 0, 0);
		assertThat(jdbc.queryForObject("select name_ky from organization where code = 'KNU'", String.class))
			.isEqualTo(TransferFixtures.KNU_KY);
		assertThat(jdbc.queryForObject("select count(*) from organization_sector", Integer.class)).isEqualTo(3);
		assertThat(page(first, admin())).contains("id=\"count-created\">3<");

		long again = upload(ImportKind.ORGANIZATIONS, "уюмдар.csv", TransferFixtures.organizationsCsv(), admin());

		assertThat(awaitFinished(jdbc, again)).isEqualTo("SUCCEEDED");
		assertThat(counts(again)).containsExactly(0, 0, 3);
		assertThat(page(again, admin())).contains("id=\"count-unchanged\">3<");
	}

	@Test
	void aChangedRowIsUpdatedAndTheOthersAreUnchanged() throws Exception {
		awaitFinished(jdbc, upload(ImportKind.ORGANIZATIONS, "a.csv", TransferFixtures.organizationsCsv(), admin()));
		String changed = new String(TransferFixtures.organizationsCsv(), StandardCharsets.UTF_8)
			.replace("Бишкек, Фрунзе көч., 547", "Бишкек, Фрунзе көч., 547А");

		long job = upload(ImportKind.ORGANIZATIONS, "b.csv", changed.getBytes(StandardCharsets.UTF_8), admin());

		assertThat(awaitFinished(jdbc, job)).isEqualTo("SUCCEEDED");
		assertThat(counts(job)).containsExactly(0, 1, 2);
		assertThat(jdbc.queryForObject("select address from organization where code = 'KNU'", String.class))
			.isEqualTo("Бишкек, Фрунзе көч., 547А");
	}

	@Test
	void aGoodXlsxClassifierImportsParentsBeforeChildren() throws Exception {
		long job = upload(ImportKind.CLASSIFIER, "classifier.xlsx", TransferFixtures.classifierXlsx(), admin());

		assertThat(awaitFinished(jdbc, job)).isEqualTo("SUCCEEDED");
		assertThat(counts(job)).containsExactly(4, 0, 0);
		assertThat(jdbc.queryForObject("select parent_code from classifier_entry where code = '580101'", String.class))
			.isEqualTo("580100");
		assertThat(jdbc.queryForObject("select name_ky from classifier_entry where code = '580101'", String.class))
			.isEqualTo("Бухгалтердик эсеп ң ө ү");
		assertThat(jdbc.queryForObject("select retired_on from classifier_entry where code = '580200'", String.class))
			.startsWith("2023-09-01");
	}

	@Test
	void aFileWithBadRowsImportsNothingAndReportsEveryRowColumnAndReason() throws Exception {
		byte[] bad = TransferFixtures.csv(TransferFixtures.ORGANIZATION_HEADER,
				"KNU;UNIVERSITY;Кыргыз улуттук университети;;;HIGHER;BISHKEK_CITY;;MON;",
				"knu;UNIVERSITY;Дагы бир;;;HIGHER;BISHKEK_CITY;;MON;",
				"BAD CODE;PLANET;;;;HIGHER;MOON;;MON;",
				"OK1;COLLEGE;Колледж;;;SECONDARY_VOCATIONAL;CHUY;;NOPE;",
				"OK2;EMPLOYER;Иш берүүчү;;;;TALAS;true;MON;",
				"OK3;COLLEGE;Колледж 3;;;;CHUY;;MON;");

		long job = upload(ImportKind.ORGANIZATIONS, "bad.csv", bad, admin());

		assertThat(awaitFinished(jdbc, job)).isEqualTo("REJECTED");
		assertThat(jdbc.queryForObject("select count(*) from organization", Integer.class)).isZero();
		assertThat(problems(job)).containsExactlyInAnyOrder(
				"3 code transfer.error.duplicate-code", "4 code transfer.error.organization.code",
				"4 kind transfer.error.unknown-value", "4 name_ky transfer.error.required",
				"4 region transfer.error.unknown-value", "5 authority_code transfer.error.organization.unknown-authority",
				"6 special_status transfer.error.organization.special-status",
				"7 sectors transfer.error.organization.sectors-required");

		String page = mvc.perform(get("/manage/imports/{id}", job).with(authentication(admin()))
			.locale(Locale.forLanguageTag("ru")).header("Accept-Language", "ru"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("BAD CODE", "PLANET", "MOON", "Неизвестное значение",
				"Этот код уже встречался в файле (строка 2).", "Уполномоченного органа с таким кодом нет.");

		String report = mvc.perform(get("/manage/imports/{id}/report.csv", job).with(authentication(admin()))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(report.lines()).hasSize(1 + 8 + 10);
		assertThat(report).contains("Error,3,code,KNU,This code came earlier in the file (row 2).");
	}

	@Test
	void anExportImportsBackAsUnchangedInBothForms() throws Exception {
		awaitFinished(jdbc, upload(ImportKind.ORGANIZATIONS, "a.csv", TransferFixtures.organizationsCsv(), admin()));
		awaitFinished(jdbc, upload(ImportKind.CLASSIFIER, "c.xlsx", TransferFixtures.classifierXlsx(), admin()));

		for (String form : List.of("csv", "xlsx")) {
			byte[] organizations = export("/organizations/export." + form);
			byte[] classifier = export("/classifier/export." + form);

			long orgJob = upload(ImportKind.ORGANIZATIONS, "organizations." + form, organizations, admin());
			long classifierJob = upload(ImportKind.CLASSIFIER, "classifier." + form, classifier, admin());

			assertThat(awaitFinished(jdbc, orgJob)).as(form).isEqualTo("SUCCEEDED");
			assertThat(counts(orgJob)).as(form).containsExactly(0, 0, 3);
			assertThat(awaitFinished(jdbc, classifierJob)).as(form).isEqualTo("SUCCEEDED");
			assertThat(counts(classifierJob)).as(form).containsExactly(0, 0, 4);
		}
		assertThat(new String(export("/organizations/export.csv"), StandardCharsets.UTF_8))
			.contains(TransferFixtures.KNU_KY);
	}

}
