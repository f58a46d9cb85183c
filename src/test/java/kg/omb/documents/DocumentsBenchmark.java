package kg.omb.documents;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.omb.OmbApplication;
import kg.omb.association.AssociationFixture;
import kg.omb.directory.Region;
import kg.omb.documents.discussion.DispositionTable;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.table.TableFormat;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

/**
 * A document of national size: a state standard with two published versions of 1,000 clauses each (40 chapters,
 * 960 clauses; the second changes about one clause in ten: 90 edited, 5 removed, 5 added) and 20,000 comments of
 * its public discussion, every one disposed of. Measures the comparison of the two versions, the export of the
 * disposition table to PDF, XLSX and CSV, and, on the running application (random port), the public page of the
 * document, with and without the comparison, and the API's comments and dispositions — a page that does not answer
 * 200 is reported as not available. Run by {@code bench/documents.sh}, never by the build's tests.
 * <p>
 * The draft, its discussion window, the closing, the second version and the move to review go through the
 * documents service (with its rules, as the OMB's chair, on a clock moved past the window); the 1,000 clauses of
 * the first version, the 20,000 comments with their dispositions and the edits of the second version are written
 * in JDBC batches, which is what makes seeding take seconds rather than hours.
 * <p>
 * Arguments: {@code [runs] [postgres-url]}; with a PostgreSQL URL (user from {@code BENCH_PG_USER}, default
 * {@code postgres}) everything is repeated there, in a database of its own, dropped afterwards.
 */
public final class DocumentsBenchmark {

	static final int CHAPTERS = 40;

	static final int CLAUSES_PER_CHAPTER = 24;

	static final int COMMENTS = 20_000;

	private static final String[] WORDS = ("билим берүү программасы стандарт окутуунун натыйжалары компетенция "
			+ "кредит студент окутуучу практика аттестация жогорку окуу жайы модуль дисциплина иш берүүчү сапат "
			+ "баалоо талап мөөнөт көлөм китепкана маалыматтык технологиялар кесиптик даярдоо багыты бакалавр "
			+ "магистр илимий изилдөө экономика башкаруу укук мыйзам").split(" ");

	private static final String[] STAKEHOLDERS = { "TEACHER", "STUDENT", "EMPLOYER", "CITIZEN", "ORGANIZATION" };

	private static final String[] OUTCOMES = { "ACCEPTED", "PARTLY_ACCEPTED", "REJECTED", "NOT_RELEVANT" };

	private DocumentsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		String postgres = args.length > 1 ? args[1] : null;
		run("H2", runs, "jdbc:h2:mem:bench-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=0", "sa");
		if (postgres != null) {
			String user = System.getenv().getOrDefault("BENCH_PG_USER", "postgres");
			String name = "omb_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			execute(postgres, user, "create database " + name);
			try {
				run("PostgreSQL", runs, postgres.substring(0, postgres.lastIndexOf('/') + 1) + name, user);
			}
			finally {
				execute(postgres, user, "drop database if exists " + name + " with (force)");
			}
		}
		System.exit(0);
	}

	private static void run(String database, int runs, String url, String user) throws Exception {
		Path data = Files.createTempDirectory("omb-bench-");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OmbApplication.class,
				AssociationFixture.class, AdjustableClock.Configuration.class)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
					"--spring.datasource.password=", "--omb.data-dir=" + data, "--omb.demo-data.enabled=false",
					"--omb.admin.password=bench-platform-key-0427", "--server.port=0", "--logging.level.root=WARN",
					"--logging.file.name=", "--spring.main.banner-mode=off")) {
			long started = System.nanoTime();
			Seeded seeded = seed(context);
			System.out.printf(Locale.ROOT, "%n%s: document %d seeded in %.1f s (%d + %d clauses, %d comments, %d clauses"
					+ " changed)%n", database, seeded.documentId(), (System.nanoTime() - started) / 1e9, seeded.v1(),
					seeded.v2(), seeded.comments(), seeded.changed());
			measure(context, seeded.documentId(), runs);
		}
		finally {
			try (var files = Files.walk(data)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static void measure(ConfigurableApplicationContext context, long id, int runs) throws Exception {
		Documents documents = context.getBean(Documents.class);
		DispositionTable table = context.getBean(DispositionTable.class);
		System.out.printf(Locale.ROOT, "%-44s %10s %10s %10s %12s%n", "what", "first ms", "median ms", "min ms",
				"result");
		time("compare(v1, v2), service", runs, () -> documents.compare(id, 1, 2).stream()
			.filter(change -> change.kind() != ClauseChange.Kind.UNCHANGED).count() + " changes");
		time("disposition table rows", runs, () -> table.rows(id).size() + " rows");
		time("disposition table XLSX", runs, () -> bytes(out -> table.writeTable(id, TableFormat.XLSX, Locale.ROOT, out)));
		time("disposition table CSV", runs, () -> bytes(out -> table.writeTable(id, TableFormat.CSV, Locale.ROOT, out)));
		time("disposition table PDF", 1,
				() -> bytes(out -> table.writePdf(id, Locale.forLanguageTag("ky"), out)));
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		for (String path : List.of("/documents/" + id, "/documents/" + id + "?compare=1..2",
				"/api/v1/documents/" + id + "/compare?from=1&to=2", "/api/v1/documents/" + id + "/comments",
				"/api/v1/documents/" + id + "/dispositions")) {
			URI uri = URI.create("http://127.0.0.1:" + port + path);
			HttpResponse<byte[]> probe = get(http, uri);
			if (probe.statusCode() != 200) {
				System.out.printf(Locale.ROOT, "%-44s %s%n", "GET " + path, "not available (HTTP " + probe.statusCode()
						+ ")");
				continue;
			}
			time("GET " + path, runs, () -> {
				HttpResponse<byte[]> response = get(http, uri);
				return response.statusCode() == 200 ? response.body().length / 1024 + " KB"
						: "HTTP " + response.statusCode();
			});
		}
	}

	/** The first run (cold) and the median and minimum of the others. */
	private static void time(String what, int runs, Supplier<String> work) {
		long[] millis = new long[Math.max(runs, 1)];
		String result = "";
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			result = work.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		long[] warm = millis.length > 1 ? Arrays.copyOfRange(millis, 1, millis.length) : millis.clone();
		Arrays.sort(warm);
		System.out.printf(Locale.ROOT, "%-44s %10d %10d %10d %12s%n", what, millis[0], warm[warm.length / 2], warm[0],
				result);
	}

	private static HttpResponse<byte[]> get(HttpClient http, URI uri) {
		try {
			return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).header("Accept-Language", "ky")
				.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException("GET " + uri + " failed", ex);
		}
	}

	private static String bytes(java.util.function.Consumer<OutputStream> writer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.accept(out);
		return out.size() / 1024 + " KB";
	}

	private record Seeded(long documentId, int v1, int v2, int comments, int changed) {
	}

	private static Seeded seed(ConfigurableApplicationContext context) {
		AssociationFixture fixture = context.getBean(AssociationFixture.class);
		Documents documents = context.getBean(Documents.class);
		AdjustableClock clock = context.getBean(AdjustableClock.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		AssociationFixture.Omb omb = fixture.standardOmb(Region.CHUY);
		long author = fixture.asAdministrator(() -> fixture.account("Бенчмарк Автор"));
		String chair = "OMB_CHAIR@ASSOCIATION:" + omb.id();
		long id = TestAccount.runAs(author, chair, () -> documents.createDraft(new NewDocument(omb.id(), null,
				DocumentKind.STATE_STANDARD_HIGHER, LocalizedText.of("Бенчмарк: 1000 пункттан турган стандарт",
						"Бенчмарк: стандарт из 1000 пунктов", "Benchmark: a standard of 1,000 clauses"),
				Set.of(omb.codes().specialty()), Set.of("BACHELOR"), null)).id());
		long v1 = jdbc.queryForObject("select id from document_version where document_id = ? and number = 1",
				Long.class, id);
		List<String> keys = insertClauses(jdbc, v1, clock.instant());
		TestAccount.runAs(author, chair, () -> documents.openDiscussion(id, documents.find(id).orElseThrow().lock(),
				Bishkek.today(clock).plusDays(30)));
		Instant opened = clock.instant();
		int comments = insertComments(jdbc, id, keys, opened);
		clock.advance(Duration.ofDays(31));
		TestAccount.runAs(author, chair, () -> {
			DocumentView closed = documents.closeDiscussion(id, documents.find(id).orElseThrow().lock());
			return documents.startNewVersion(id, closed.lock(), "Талкуунун жыйынтыгы боюнча өзгөртүүлөр");
		});
		long v2 = jdbc.queryForObject("select id from document_version where document_id = ? and number = 2",
				Long.class, id);
		int changed = changeTenPercent(jdbc, v2, keys, clock.instant());
		TestAccount.runAs(author, chair, () -> documents.sendToReview(id, documents.find(id).orElseThrow().lock()));
		Integer first = jdbc.queryForObject("select count(*) from document_clause where version_id = ?", Integer.class,
				v1);
		Integer second = jdbc.queryForObject("select count(*) from document_clause where version_id = ?",
				Integer.class, v2);
		return new Seeded(id, first, second, comments, changed);
	}

	/** 40 chapters of 24 clauses each: 1,000 parts with a stable key each, in order. */
	private static List<String> insertClauses(JdbcTemplate jdbc, long versionId, Instant at) {
		List<String> keys = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		Timestamp now = Timestamp.from(at);
		int position = 0;
		for (int chapter = 1; chapter <= CHAPTERS; chapter++) {
			String key = UUID.randomUUID().toString();
			keys.add(key);
			rows.add(new Object[] { now, now, versionId, key, String.valueOf(chapter), "CHAPTER",
					chapter + "-бөлүм: " + sentence(chapter, 4), "", ++position });
			for (int clause = 1; clause <= CLAUSES_PER_CHAPTER; clause++) {
				key = UUID.randomUUID().toString();
				keys.add(key);
				rows.add(new Object[] { now, now, versionId, key, chapter + "." + clause, "CLAUSE", null,
						"<p>" + sentence(chapter * 100 + clause, 45) + "</p>", ++position });
			}
		}
		jdbc.batchUpdate("insert into document_clause (version, created_at, updated_at, version_id, clause_key, number,"
				+ " level, heading, html, position) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		return keys;
	}

	/** 20,000 comments on clauses (one in fifty on the whole document), each with its disposition. */
	private static int insertComments(JdbcTemplate jdbc, long documentId, List<String> keys, Instant opened) {
		Region[] regions = Region.values();
		List<Object[]> rows = new ArrayList<>(COMMENTS);
		for (int i = 0; i < COMMENTS; i++) {
			Timestamp posted = Timestamp.from(opened.plusSeconds(60L + i * 120L));
			Timestamp disposed = Timestamp.from(opened.plus(Duration.ofDays(32)).plusSeconds(i));
			String key = i % 50 == 0 ? null : keys.get(1 + (i * 7) % (keys.size() - 1));
			String outcome = OUTCOMES[i % OUTCOMES.length];
			String stakeholder = STAKEHOLDERS[i % STAKEHOLDERS.length];
			boolean changes = outcome.equals("ACCEPTED") || outcome.equals("PARTLY_ACCEPTED");
			rows.add(new Object[] { posted, posted, documentId, key, 200_000L + i % 500, "Катышуучу " + (i % 500),
					stakeholder, regions[i % regions.length].name(), stakeholder.equals("ORGANIZATION") ? 1L : null,
					sentence(i, 30), posted, outcome, "Негиздеме: " + sentence(i + 7, 12),
					changes ? key : null, disposed });
		}
		jdbc.batchUpdate("insert into document_comment (version, created_at, updated_at, document_id, version_number,"
				+ " clause_key, author_account_id, author_name, stakeholder, region, organization_id, text, posted_at,"
				+ " disposition, disposition_justification, changed_clause_key, disposed_by, disposed_at)"
				+ " values (0, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)", rows);
		return rows.size();
	}

	/** In the working second version: 90 clauses edited, 5 removed, 5 added; about one in ten. */
	private static int changeTenPercent(JdbcTemplate jdbc, long versionId, List<String> keys, Instant at) {
		int changed = 0;
		for (int i = 0; i < 90; i++) {
			String key = keys.get(3 + i * 11);
			changed += jdbc.update("update document_clause set html = ? where version_id = ? and clause_key = ?",
					"<p>" + sentence(i * 13 + 5, 40) + " Өзгөртүлгөн редакция.</p>", versionId, key);
		}
		for (int i = 0; i < 5; i++) {
			changed += jdbc.update("delete from document_clause where version_id = ? and clause_key = ?", versionId,
					keys.get(9 + i * 190));
			Timestamp now = Timestamp.from(at);
			changed += jdbc.update("insert into document_clause (version, created_at, updated_at, version_id,"
					+ " clause_key, number, level, heading, html, position) values (0, ?, ?, ?, ?, ?, 'CLAUSE', null, ?,"
					+ " ?)", now, now, versionId, UUID.randomUUID().toString(), (i + 1) * 7 + ".25",
					"<p>Жаңы пункт. " + sentence(i * 31, 35) + "</p>", (i + 1) * 7 * (CLAUSES_PER_CHAPTER + 1));
		}
		return changed;
	}

	/** Kyrgyz-looking words, always the same for the same seed. */
	/** Kyrgyz-looking text of {@code words} words, the same for the same seed. */
	public static String sentence(int seed, int words) {
		StringBuilder text = new StringBuilder();
		long x = seed * 2_654_435_761L + 12_345;
		for (int i = 0; i < words; i++) {
			x = x * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
			text.append(i == 0 ? "" : " ").append(WORDS[(int) ((x >>> 33) % WORDS.length)]);
		}
		return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) + ".";
	}

	private static void execute(String url, String user, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
