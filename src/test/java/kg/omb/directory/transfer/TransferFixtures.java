package kg.omb.directory.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import kg.omb.shared.table.TableFormat;
import kg.omb.shared.table.TableWriter;
import kg.omb.support.TestAccount;

/** Files, people and data for the import tests. */
final class TransferFixtures {

	static final String ORGANIZATION_HEADER = "code;kind;name_ky;name_ru;name_en;sectors;region;special_status;"
			+ "authority_code;address";

	static final String KNU_KY = "Жусуп Баласагын атындагы Кыргыз улуттук университети ң ө ү";

	private TransferFixtures() {
	}

	/** Three organisations, semicolon separated, UTF-8 with a byte order mark, as Excel in Kyrgyz saves them. */
	static byte[] organizationsCsv() {
		return csv(ORGANIZATION_HEADER,
				"KNU;UNIVERSITY;" + KNU_KY + ";Кыргызский национальный университет;Kyrgyz National University;"
						+ "HIGHER;BISHKEK_CITY;true;MON;Бишкек, Фрунзе көч., 547",
				"OSHSU;university;Ош мамлекеттик университети;Ошский государственный университет;;higher;OSH_CITY;"
						+ "false;mon;Ош, Ленин көч., 331",
				"BPK;COLLEGE;Бишкек политехникалык колледжи;;;SECONDARY_VOCATIONAL;CHUY;;MON;");
	}

	static byte[] csv(String... lines) {
		return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	/** A group, a direction and a specialty, the child first (the import writes parents first). */
	static byte[] classifierXlsx() throws IOException {
		return xlsx(List.of(List.of("code", "kind", "parent_code", "name_ky", "name_ru", "name_en", "levels",
				"introduced_on", "retired_on"),
				List.of("580101", "SPECIALTY", "580100", "Бухгалтердик эсеп ң ө ү", "Бухгалтерский учёт", "",
						"SECONDARY_VOCATIONAL", "2020-09-01", ""),
				List.of("580100", "DIRECTION", "580000", "Экономика", "Экономика", "Economics", "BACHELOR;MASTER",
						"2020-09-01", ""),
				List.of("580000", "GROUP", "", "Экономика жана башкаруу", "Экономика и управление",
						"Economics and management", "", "2020-09-01", ""),
				List.of("580200", "DIRECTION", "580000", "Менеджмент (эски)", "Менеджмент", "Management",
						"BACHELOR", "2020-09-01", "2023-09-01")));
	}

	static byte[] xlsx(List<List<String>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter writer = TableWriter.of(TableFormat.XLSX, out, "sheet")) {
			for (List<String> row : rows) {
				writer.row(row);
			}
			writer.finish();
		}
		return out.toByteArray();
	}

	static Authentication admin() {
		return person(9001, "ROLE_ADMIN", "ADMIN@PLATFORM");
	}

	static Authentication officerOf(long authorityId, long accountId) {
		return person(accountId, "ROLE_AUTHORITY_OFFICER", "AUTHORITY_OFFICER@AUTHORITY:" + authorityId);
	}

	static Authentication participant() {
		return person(9003, "ROLE_PARTICIPANT");
	}

	static Authentication person(long accountId, String... authorities) {
		List<SimpleGrantedAuthority> granted = new ArrayList<>();
		for (String authority : authorities) {
			granted.add(new SimpleGrantedAuthority(authority));
		}
		var principal = new TestAccount(accountId, "account" + accountId + "@omb.test", "Тест " + accountId);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, granted);
	}

	/** Waits (at most a minute) for the worker to finish the job, and gives its phase. */
	static String awaitFinished(JdbcTemplate jdbc, long jobId) {
		return awaitFinished(jdbc, jobId, Duration.ofMinutes(1));
	}

	static String awaitFinished(JdbcTemplate jdbc, long jobId, Duration atMost) {
		Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(50)).until(() -> {
			String phase = jdbc.queryForObject("select phase from import_job where id = ?", String.class, jobId);
			return ImportPhase.valueOf(phase).finished();
		});
		return jdbc.queryForObject("select phase from import_job where id = ?", String.class, jobId);
	}

	/** Empties the directory and the imports, and adds the authorities MON (ministry) and MES. */
	static void resetDirectory(JdbcTemplate jdbc) {
		jdbc.update("delete from import_problem");
		jdbc.update("delete from import_job");
		jdbc.update("delete from classifier_change");
		jdbc.update("delete from classifier_entry_level");
		jdbc.update("update classifier_entry set parent_code = null");
		jdbc.update("delete from classifier_entry");
		jdbc.update("delete from organization_sector");
		jdbc.update("delete from organization");
		jdbc.update("delete from authorized_body_sector");
		jdbc.update("delete from authorized_body");
		for (String code : List.of("MON", "MES")) {
			jdbc.update("""
					insert into authorized_body (code, name_ky, name_ru, created_at, updated_at)
					values (?, ?, ?, current_timestamp, current_timestamp)""", code, "Министрлик " + code,
					"Министерство " + code);
		}
	}

	static long authorityId(JdbcTemplate jdbc, String code) {
		return jdbc.queryForObject("select id from authorized_body where code = ?", Long.class, code);
	}

}
