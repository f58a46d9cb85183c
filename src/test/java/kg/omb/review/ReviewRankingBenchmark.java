package kg.omb.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.omb.OmbApplication;
import kg.omb.association.AssociationFixture;
import kg.omb.directory.Region;
import kg.omb.review.domain.ReviewService;
import kg.omb.review.domain.Suggestion;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

/**
 * Ranking reviewers for one subject from a pool of 5,000 approved experts (each with 1-3 organisations, 1-4
 * specialty codes of 300, 1-3 languages) of whom 2,000 have active reviews: the time of
 * {@link ReviewService#suggestions(long)} (loading the pool and the loads, the conflict rules for every expert, the
 * ranking), the first (cold) run and the median and minimum of the others, on H2 in memory. The pool is written in
 * JDBC batches; the OMB and the request go through the services. Run by {@code bench/review.sh}, never by the build.
 */
public final class ReviewRankingBenchmark {

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		int experts = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
		Path data = Files.createTempDirectory("omb-bench-");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OmbApplication.class,
				AssociationFixture.class, AdjustableClock.Configuration.class)
			.run("--spring.datasource.url=jdbc:h2:mem:bench-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=0",
					"--omb.data-dir=" + data, "--omb.demo-data.enabled=false",
					"--omb.admin.password=bench-platform-key-0427", "--server.port=0", "--logging.level.root=WARN",
					"--logging.file.name=", "--spring.main.banner-mode=off", "--omb.review.reminders.cron=-")) {
			AssociationFixture fixture = context.getBean(AssociationFixture.class);
			AssociationFixture.Omb omb = fixture.standardOmb(Region.CHUY);
			seed(context.getBean(JdbcTemplate.class), experts, omb);
			ReviewService reviews = context.getBean(ReviewService.class);
			LocalDate today = Bishkek.today(context.getBean(AdjustableClock.class));
			String chair = "OMB_CHAIR@ASSOCIATION:" + omb.id();
			long request = TestAccount.runAs(omb.chairAccountId(), chair, () -> reviews.request(new NewReviewRequest(
					"normative-document", 1, 1, null, LocalizedText.of("Стандарт", null, null), "ky",
					Set.of(omb.codes().direction(), "500100"), omb.id(), omb.sectionId(), null,
					List.of(new SubjectAuthor("Автор", null, omb.baseOrganizationId())),
					List.of(new ReviewCriterion("Мазмуну", 5)), 2, ReviewMode.SINGLE_BLIND, today.plusDays(5),
					today.plusDays(20))).id());
			long[] times = new long[runs];
			int ranked = 0;
			for (int i = 0; i < runs; i++) {
				long started = System.nanoTime();
				List<Suggestion> suggestions = TestAccount.runAs(omb.chairAccountId(), chair,
						() -> reviews.suggestions(request));
				times[i] = System.nanoTime() - started;
				ranked = suggestions.size();
			}
			long[] warm = Arrays.copyOfRange(times, 1, times.length);
			Arrays.sort(warm);
			System.out.printf(Locale.ROOT, "%nRanking %d experts (H2): first %.0f ms, median %.0f ms, min %.0f ms%n",
					ranked, times[0] / 1e6, warm.length == 0 ? 0 : warm[warm.length / 2] / 1e6,
					warm.length == 0 ? 0 : warm[0] / 1e6);
		}
		System.exit(0);
	}

	static void seed(JdbcTemplate jdbc, int count, AssociationFixture.Omb omb) {
		Random random = new Random(42);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> experts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			experts.add(new Object[] { 50_000_000L + i, "Эксперт " + i, 1 + random.nextInt(40), now, now });
		}
		jdbc.batchUpdate("insert into review_expert (account_id, person_name, experience_years, status, version,"
				+ " created_at, updated_at) values (?, ?, ?, 'APPROVED', 0, ?, ?)", experts);
		List<Long> ids = jdbc.queryForList("select id from review_expert where account_id >= 50000000 order by id",
				Long.class);
		List<Object[]> organizations = new ArrayList<>();
		List<Object[]> specialties = new ArrayList<>();
		List<Object[]> languages = new ArrayList<>();
		for (long id : ids) {
			random.ints(1 + random.nextInt(3), 0, 200).distinct()
				.forEach(org -> organizations.add(new Object[] { id, org == 0 ? omb.baseOrganizationId() : 1_000L + org }));
			random.ints(1 + random.nextInt(4), 0, 300).distinct()
				.forEach(code -> specialties.add(new Object[] { id,
						code == 0 ? omb.codes().direction() : String.format("%03d1%02d", 500 + code / 10, code % 10) }));
			random.ints(1 + random.nextInt(3), 0, 3).distinct()
				.forEach(lang -> languages.add(new Object[] { id, List.of("ky", "ru", "en").get(lang) }));
		}
		jdbc.batchUpdate("insert into review_expert_organization (expert_id, organization_id) values (?, ?)",
				organizations);
		jdbc.batchUpdate("insert into review_expert_specialty (expert_id, code) values (?, ?)", specialties);
		jdbc.batchUpdate("insert into review_expert_language (expert_id, language) values (?, ?)", languages);
		jdbc.update("insert into review_request (subject_type, subject_id, subject_version, language, association_id,"
				+ " reviewers_needed, mode, answer_by, submit_by, round_number, status, version, created_at, updated_at)"
				+ " values ('bench', 1, 1, 'ky', ?, 2, 'OPEN', ?, ?, 1, 'IN_PROGRESS', 0, ?, ?)", omb.id(),
				java.sql.Date.valueOf(LocalDate.now().plusDays(5)), java.sql.Date.valueOf(LocalDate.now().plusDays(9)),
				now, now);
		long loadRequest = jdbc.queryForObject("select max(id) from review_request", Long.class);
		List<Object[]> assignments = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			assignments.add(new Object[] { loadRequest, ids.get(i * (ids.size() / 2000)), i + 1,
					i % 2 == 0 ? "INVITED" : "ACCEPTED", java.sql.Date.valueOf(LocalDate.now().plusDays(5)),
					java.sql.Date.valueOf(LocalDate.now().plusDays(9)), now, now });
		}
		jdbc.batchUpdate("insert into review_assignment (request_id, round_number, expert_id, ordinal, status, answer_by,"
				+ " submit_by, version, created_at, updated_at) values (?, 1, ?, ?, ?, ?, ?, 0, ?, ?)", assignments);
	}

}
