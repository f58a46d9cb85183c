package kg.omb.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.omb.OmbApplication;
import kg.omb.association.AssociationFixture;
import kg.omb.directory.Region;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.reports.domain.ReportDetails;
import kg.omb.reports.domain.ReportService;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

/**
 * Generating the annual report of an OMB with a year of activity: 50 meetings that took 500 decisions, 200
 * review requests (150 decided in the year, 30 overdue, 20 in time), a work plan of 40 items, 20 events with 30
 * registrations each, 20 documents worked on, 30 membership changes; written into the modules' tables by JDBC
 * ({@link YearOfActivity}), the documents through their service. Measured: the report's figures read from the
 * modules ({@link ReportService#forReading}), its PDF, and its publication (figures read and kept as JSON, search
 * index); the first (cold) run and the median and minimum of the others, on H2 in memory, or on PostgreSQL when
 * a JDBC URL is given. Run by {@code bench/reports.sh}, never by the build.
 */
public final class AnnualReportBenchmark {

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		String url = args.length > 1 ? args[1]
				: "jdbc:h2:mem:bench-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=0";
		Path data = Files.createTempDirectory("omb-bench-");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OmbApplication.class,
				AssociationFixture.class, AdjustableClock.Configuration.class)
			.run("--spring.datasource.url=" + url, "--omb.data-dir=" + data, "--omb.demo-data.enabled=false",
					"--omb.admin.password=bench-platform-key-0427", "--server.port=0", "--logging.level.root=WARN",
					"--logging.file.name=", "--spring.main.banner-mode=off", "--omb.review.reminders.cron=-")) {
			AdjustableClock clock = context.getBean(AdjustableClock.class);
			clock.set(Instant.parse("2025-03-01T06:00:00Z"));
			AssociationFixture fixture = context.getBean(AssociationFixture.class);
			AssociationFixture.Omb omb = fixture.standardOmb(Region.CHUY);
			String chair = "OMB_CHAIR@ASSOCIATION:" + omb.id();
			Documents documents = context.getBean(Documents.class);
			for (int i = 0; i < 20; i++) {
				int n = i;
				TestAccount.runAs(omb.chairAccountId(), chair, () -> documents.createDraft(new NewDocument(omb.id(),
						null, DocumentKind.STATE_STANDARD_HIGHER, LocalizedText.of("Стандарт " + n, null, null),
						Set.of(omb.codes().direction()), Set.of("BACHELOR"), null)));
			}
			clock.set(Instant.parse("2026-01-15T06:00:00Z"));
			long started = System.nanoTime();
			seed(context.getBean(JdbcTemplate.class), omb);
			System.out.printf(Locale.ROOT, "%nSeeded a year of activity in %.1f s%n", (System.nanoTime() - started) / 1e9);
			ReportService reports = context.getBean(ReportService.class);
			Supplier<Long> open = () -> reports.open(omb.id(), 2025);
			long id = TestAccount.runAs(omb.chairAccountId(), chair, open);
			ReportDetails[] last = new ReportDetails[1];
			long[] figures = time(runs, () -> last[0] = TestAccount.runAs(omb.chairAccountId(), chair,
					() -> reports.forReading(id)));
			var work = last[0].data().work();
			System.out.printf(Locale.ROOT, "Report of %d meetings, %d decisions, %d reviews decided (+%d overdue),"
					+ " %d plan items, %d events, %d documents%n", work.meetings().size(), work.decisions().size(),
					last[0].data().reviews().decided().size(), last[0].data().reviews().overdue(),
					work.planItems().size(), work.events().size(), last[0].data().documents().size());
			print("figures (forReading)", figures);
			int[] size = new int[1];
			long[] pdf = time(Math.max(2, runs / 2), () -> size[0] = TestAccount.runAs(omb.chairAccountId(), chair,
					() -> reports.draftPdf(id, Locale.forLanguageTag("ky"))).length);
			print("PDF (" + size[0] / 1024 + " KB)", pdf);
			TestAccount.runAs(omb.chairAccountId(), chair, () -> {
				reports.editNarrative(id, 0, LocalizedText.of("<p>Киришүү</p>", null, null),
						LocalizedText.of("<p>Корутунду</p>", null, null), LocalizedText.of("<p>Пландар</p>", null, null));
				reports.approve(id, 1);
				return null;
			});
			long publishStarted = System.nanoTime();
			TestAccount.runAs(omb.chairAccountId(), chair, () -> {
				reports.publish(id, 2);
				return null;
			});
			System.out.printf(Locale.ROOT, "publish (once): %.0f ms%n", (System.nanoTime() - publishStarted) / 1e6);
			print("published report read back", time(runs, () -> reports.published(id)));
		}
		System.exit(0);
	}

	static void seed(JdbcTemplate jdbc, AssociationFixture.Omb omb) {
		YearOfActivity year = new YearOfActivity(jdbc, omb.id());
		long plan = year.plan(2025, true);
		for (int i = 1; i <= 40; i++) {
			LocalDate due = LocalDate.of(2025, 1 + (i - 1) % 12, 20);
			year.planItem(plan, i, "Пункт " + i, due, i % 4 == 0 ? null : due.minusDays(3));
		}
		for (int m = 0; m < 50; m++) {
			String[] decisions = IntStream.range(0, 10).mapToObj(d -> "Чечим " + d).toArray(String[]::new);
			year.meeting("Жыйын " + m, LocalDate.of(2025, 1, 10).plusDays(m * 7L), "CLOSED", decisions);
		}
		String[] people = IntStream.range(0, 30).mapToObj(p -> "Катышуучу " + p).toArray(String[]::new);
		for (int e = 0; e < 20; e++) {
			year.event("Семинар " + e, Instant.parse("2025-02-01T04:00:00Z").plusSeconds(e * 14L * 86_400), 25, people);
		}
		Instant jan = Instant.parse("2025-01-05T04:00:00Z");
		for (int r = 0; r < 200; r++) {
			Instant asked = jan.plusSeconds(r * 86_400L);
			LocalDate due = LocalDate.of(2025, 1, 5).plusDays(r + 30L);
			boolean decided = r < 150;
			boolean overdue = !decided && r < 180;
			year.review("Экспертиза " + r, asked, overdue ? LocalDate.of(2026, 1, 1) : due.plusYears(decided ? 0 : 2),
					decided ? asked.plusSeconds(20 * 86_400L) : null, decided ? "APPROVE" : null);
		}
		for (int j = 0; j < 30; j++) {
			year.memberJoined("Жаңы мүчө " + j, omb.baseOrganizationId(), omb.creationActId(),
					LocalDate.of(2025, 1, 10).plusDays(j * 10L));
		}
	}

	static long[] time(int runs, Runnable work) {
		long[] times = new long[runs];
		for (int i = 0; i < runs; i++) {
			long started = System.nanoTime();
			work.run();
			times[i] = System.nanoTime() - started;
		}
		return times;
	}

	static void print(String what, long[] times) {
		long[] warm = Arrays.copyOfRange(times, 1, times.length);
		Arrays.sort(warm);
		System.out.printf(Locale.ROOT, "%s: first %.0f ms, median %.0f ms, min %.0f ms%n", what, times[0] / 1e6,
				warm.length == 0 ? 0 : warm[warm.length / 2] / 1e6, warm.length == 0 ? 0 : warm[0] / 1e6);
	}

}
