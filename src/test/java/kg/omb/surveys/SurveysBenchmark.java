package kg.omb.surveys;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import kg.omb.OmbApplication;
import kg.omb.surveys.domain.Consolidation;
import kg.omb.surveys.domain.SurveyService;
import kg.omb.support.TestAccount;

/**
 * The consolidation of a national round: 210 organisations answering 600 rows of 12 figures (1,512,000 figures),
 * seeded by JDBC as submitted answers into a fresh embedded H2 database and accepted one by one through
 * {@link SurveyService#accept} (which keeps the round's totals, timed too); then {@link Consolidation#of} and the
 * consolidated page (server-side rendering, through the whole filter chain) and its CSV and XLSX, each timed: the
 * first (cold) run and the median and minimum of the others. Run by {@code bench/surveys.sh}, never by the tests.
 */
public final class SurveysBenchmark {

	static final int ORGANIZATIONS = 210;

	static final int ROWS = 600;

	static final int COLUMNS = 12;

	private SurveysBenchmark() {
	}

	public static void main(String[] arguments) throws Exception {
		int runs = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 5;
		Path data = Files.createTempDirectory("omb-surveys-bench");
		String url = "jdbc:h2:mem:surveys-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OmbApplication.class).run(
				"--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--spring.datasource.password=",
				"--omb.data-dir=" + data, "--omb.demo-data.enabled=false",
				"--omb.admin.password=bench-platform-key-0427", "--server.port=0", "--logging.level.root=WARN",
				"--logging.file.name=", "--spring.main.banner-mode=off")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long started = System.nanoTime();
			List<Long> answers = new ArrayList<>();
			long round = seed(jdbc, answers);
			System.out.printf("seeded %,d figures in %d ms%n", (long) ORGANIZATIONS * ROWS * COLUMNS,
					(System.nanoTime() - started) / 1_000_000);
			var admin = UsernamePasswordAuthenticationToken.authenticated(
					new TestAccount(9001, "bench@example.kg", "Bench"), null,
					AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ADMIN@PLATFORM"));
			SecurityContextHolder.getContext().setAuthentication(admin);
			SurveyService surveys = context.getBean(SurveyService.class);
			started = System.nanoTime();
			for (long answer : answers) {
				surveys.accept(answer, 1);
			}
			long accepting = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("accepted %d answers through SurveyService.accept in %d ms (%d ms each)%n",
					answers.size(), accepting, accepting / answers.size());
			Consolidation consolidation = context.getBean(Consolidation.class);
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
				.apply(springSecurity())
				.build();
			report("Consolidation.of", runs, () -> consolidation.of(round));
			report("GET /surveys/rounds/{id}/consolidated", runs,
					() -> mvc.perform(get("/surveys/rounds/" + round + "/consolidated").with(authentication(admin)))
						.andReturn());
			report("GET consolidated.csv", runs,
					() -> mvc.perform(get("/surveys/rounds/" + round + "/consolidated.csv").with(authentication(admin)))
						.andReturn());
			report("GET consolidated.xlsx", runs,
					() -> mvc.perform(get("/surveys/rounds/" + round + "/consolidated.xlsx").with(authentication(admin)))
						.andReturn());
		}
	}

	private static long seed(JdbcTemplate jdbc, List<Long> answers) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("insert into survey_template (version, created_at, updated_at, owner_type, owner_id, title_ky, sent) "
				+ "values (0, ?, ?, 'AUTHORITY', 1, 'Адистерди даярдоо', true)", now, now);
		long template = jdbc.queryForObject("select max(id) from survey_template", Long.class);
		for (int c = 0; c < COLUMNS; c++) {
			jdbc.update("insert into survey_template_column (template_id, position, code, label_ky) values (?, ?, ?, ?)",
					template, c, "f" + c, "Көрсөткүч " + c);
		}
		List<Object[]> rows = new ArrayList<>();
		for (int r = 0; r < ROWS; r++) {
			rows.add(new Object[] { template, r, String.format("%06d", 100_000 + r / 2), r % 2 == 0 ? "BACHELOR" : "MASTER" });
		}
		jdbc.batchUpdate("insert into survey_template_row (template_id, position, specialty_code, level_code) "
				+ "values (?, ?, ?, ?)", rows);
		jdbc.update("insert into survey_round (version, created_at, updated_at, template_id, period_year, deadline, closed) "
				+ "values (0, ?, ?, ?, 2025, date '2025-10-15', false)", now, now, template);
		long round = jdbc.queryForObject("select max(id) from survey_round", Long.class);
		for (int o = 0; o < ORGANIZATIONS; o++) {
			jdbc.update("insert into survey_answer (version, created_at, updated_at, round_id, organization_id, status) "
					+ "values (1, ?, ?, ?, ?, 'SUBMITTED')", now, now, round, 10_000 + o);
			long answer = jdbc.queryForObject("select max(id) from survey_answer", Long.class);
			answers.add(answer);
			List<Object[]> cells = new ArrayList<>(ROWS * COLUMNS);
			for (int r = 0; r < ROWS; r++) {
				for (int c = 0; c < COLUMNS; c++) {
					cells.add(new Object[] { answer, String.format("%06d", 100_000 + r / 2),
							r % 2 == 0 ? "BACHELOR" : "MASTER", "f" + c, (long) ((o * 31 + r * 7 + c) % 200) });
				}
			}
			jdbc.batchUpdate("insert into survey_answer_cell (answer_id, specialty_code, level_code, column_code, amount) "
					+ "values (?, ?, ?, ?, ?)", cells);
		}
		return round;
	}

	interface Work {

		void run() throws Exception;

	}

	private static void report(String what, int runs, Work work) throws Exception {
		long[] times = new long[runs];
		for (int i = 0; i < runs; i++) {
			long started = System.nanoTime();
			work.run();
			times[i] = (System.nanoTime() - started) / 1_000_000;
		}
		long[] others = Arrays.copyOfRange(times, 1, times.length);
		Arrays.sort(others);
		System.out.printf("%-40s first %6d ms   median %6d ms   min %6d ms%n", what, times[0],
				others.length == 0 ? times[0] : others[others.length / 2], others.length == 0 ? times[0] : others[0]);
	}

}
