package kg.omb.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.omb.OmbApplication;
import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.Documents;
import kg.omb.documents.DocumentsBenchmark;
import kg.omb.documents.NewDocument;
import kg.omb.documents.web.PublicDocumentsFixture;
import kg.omb.search.domain.IndexRebuild;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

/**
 * The portal at national scale, for {@code bench/portal.sh}: starts the platform on an H2 file database in
 * {@code target/bench-portal}, seeds OMBs in every region (each with its university, college and employer), documents
 * with their clauses and comments, part of them in force, writes the HTML of each measured page where nginx serves
 * it as static files, prints the pages and {@code READY}, and keeps serving until the script stops it. Scale 1 is the
 * national figure: 30 OMBs, 60 universities and 150 colleges, 2,000 documents of 50 clauses (100,000), 50,000
 * comments and 5,000 news, all in the search index. {@code BENCH_PAGE_CACHE=false} renders every request, to measure
 * rendering itself. The literature registry is not part of it: that module does not exist yet.
 */
public final class PortalBenchmark {

	static final int OMBS = 30;

	static final int DOCUMENTS = 2_000;

	static final int CLAUSES = 50;

	static final int COMMENTS_PER_DOCUMENT = 25;

	/** Documents taken through the whole workflow into force; the others are open for discussion. */
	static final int IN_FORCE = 60;

	/** Universities and colleges in the directory, the base and leading organisations of the OMBs among them. */
	static final int UNIVERSITIES = 60;

	static final int COLLEGES = 150;

	static final int NEWS = 5_000;

	private PortalBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
		int port = args.length > 1 ? Integer.parseInt(args[1]) : 18080;
		Path root = Path.of("target/bench-portal").toAbsolutePath();
		Path html = root.resolve("html");
		Files.createDirectories(html);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(OmbApplication.class,
				AssociationFixture.class, AdjustableClock.Configuration.class, PublicDocumentsFixture.class)
			.run("--spring.datasource.url=jdbc:h2:file:" + root.resolve("db/omb-" + UUID.randomUUID())
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
					"--omb.data-dir=" + root.resolve("data-" + UUID.randomUUID()), "--omb.demo-data.enabled=false",
					"--omb.admin.password=bench-platform-key-0427", "--server.port=" + port,
					"--logging.level.root=WARN", "--logging.file.name=", "--spring.main.banner-mode=off",
					"--omb.mail.outbox.initial-delay=P3650D", "--omb.mail.digest.cron=-",
					"--omb.portal.page-cache.enabled=" + !"false".equals(System.getenv("BENCH_PAGE_CACHE")));
		long started = System.nanoTime();
		Seeded seeded = seed(context, scale);
		System.out.printf(Locale.ROOT, "seeded in %.0f s: %d OMBs, %d universities, %d colleges, %d documents (%d in"
				+ " force), %d clauses, %d comments, %d news; search index rebuilt in %.0f s%n",
				(System.nanoTime() - started) / 1e9, seeded.ombs(), seeded.universities(), seeded.colleges(),
				seeded.documents(), seeded.inForce(), seeded.clauses(), seeded.comments(), seeded.news(),
				seeded.reindexSeconds());
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("documents", "/documents");
		pages.put("document", "/documents/" + seeded.sampleDocument());
		pages.put("section", "/sections/documents-in-force");
		pages.put("news", "/news");
		pages.put("search-ky", "/search?q=" + encode("стандарттарды"));
		pages.put("search-ru", "/search?q=" + encode("стандартов образования"));
		HttpClient http = HttpClient.newHttpClient();
		StringBuilder list = new StringBuilder();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
					+ page.getValue())).build(), HttpResponse.BodyHandlers.ofByteArray());
			Files.write(html.resolve(page.getKey() + ".html"), response.body());
			list.append(page.getKey()).append(' ').append(page.getValue()).append(' ').append(response.statusCode())
				.append(' ').append(response.body().length).append('\n');
		}
		Files.writeString(root.resolve("pages.txt"), list, StandardCharsets.UTF_8);
		System.out.print(list);
		System.out.println("READY");
		Thread.currentThread().join();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static Seeded seed(ConfigurableApplicationContext context, double scale) throws InterruptedException {
		AssociationFixture fixture = context.getBean(AssociationFixture.class);
		PublicDocumentsFixture published = context.getBean(PublicDocumentsFixture.class);
		Documents documents = context.getBean(Documents.class);
		AdjustableClock clock = context.getBean(AdjustableClock.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Region[] regions = Region.values();
		List<Omb> ombs = new ArrayList<>();
		for (int i = 0; i < Math.max(1, Math.round(OMBS * scale)); i++) {
			ombs.add(fixture.standardOmb(regions[i % regions.length]));
		}
		long author = fixture.asAdministrator(() -> fixture.account("Бенчмарк Автор"));
		int inForce = (int) Math.max(1, Math.round(IN_FORCE * scale));
		for (int i = 0; i < inForce; i++) {
			Omb omb = ombs.get(i % ombs.size());
			published.inForce(omb, "Күчүндөгү стандарт № " + i + ": " + DocumentsBenchmark.sentence(i, 5),
					DocumentKind.STATE_STANDARD_HIGHER, null);
		}
		int total = (int) Math.max(inForce + 1, Math.round(DOCUMENTS * scale));
		long sample = 0;
		int clauses = 0;
		int comments = 0;
		for (int i = inForce; i < total; i++) {
			Omb omb = ombs.get(i % ombs.size());
			String chair = "OMB_CHAIR@ASSOCIATION:" + omb.id();
			String title = "Стандарт № " + i + ": " + DocumentsBenchmark.sentence(i, 6);
			DocumentKind kind = DocumentKind.values()[i % 8];
			LocalizedText titles = LocalizedText.of(title, "Стандарт образования № " + i, null);
			long id = TestAccount.runAs(author, chair, () -> documents.createDraft(new NewDocument(omb.id(), null,
					kind, titles,
					Set.of(omb.codes().specialty()), Set.of("BACHELOR"), null)).id());
			long version = jdbc.queryForObject("select id from document_version where document_id = ? and number = 1",
					Long.class, id);
			List<String> keys = clauses(jdbc, version, i, clock.instant());
			clauses += keys.size();
			TestAccount.runAs(author, chair, () -> documents.openDiscussion(id, documents.find(id).orElseThrow().lock(),
					Bishkek.today(clock).plusDays(30)));
			comments += comments(jdbc, id, keys, clock.instant(), i);
			sample = id;
		}
		int news = news(jdbc, ombs, (int) Math.round(NEWS * scale), clock.instant());
		int[] organizations = organizations(fixture, ombs, scale);
		long reindex = System.nanoTime();
		rebuildSearchIndex(context, fixture);
		return new Seeded(ombs.size(), organizations[0], organizations[1], total, inForce, clauses, comments, news,
				sample, (System.nanoTime() - reindex) / 1e9);
	}

	/** Universities and colleges beyond each OMB's own, spread over the regions and the OMBs' authorities. */
	private static int[] organizations(AssociationFixture fixture, List<Omb> ombs, double scale) {
		Region[] regions = Region.values();
		int universities = (int) Math.max(ombs.size(), Math.round(UNIVERSITIES * scale));
		int colleges = (int) Math.max(ombs.size(), Math.round(COLLEGES * scale));
		fixture.asAdministrator(() -> {
			for (int i = ombs.size(); i < universities; i++) {
				fixture.organization(AssociationFixture.unique(), "BU", OrganizationKind.UNIVERSITY,
						ombs.get(i % ombs.size()).authorityId(), regions[i % regions.length],
						LocalizedText.of("Бенчмарк университети № " + i, "Университет № " + i, null));
			}
			for (int i = ombs.size(); i < colleges; i++) {
				fixture.organization(AssociationFixture.unique(), "BC", OrganizationKind.COLLEGE,
						ombs.get(i % ombs.size()).authorityId(), regions[i % regions.length],
						LocalizedText.of("Бенчмарк колледжи № " + i, "Колледж № " + i, null));
			}
			return null;
		});
		return new int[] { universities, colleges };
	}

	/** Published news, of the OMBs and of the whole portal, one an hour back from now. */
	private static int news(JdbcTemplate jdbc, List<Omb> ombs, int count, Instant now) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Timestamp published = Timestamp.from(now.minusSeconds(3_600L * (i + 1)));
			Long association = i % 5 == 0 ? null : ombs.get(i % ombs.size()).id();
			rows.add(new Object[] { published, published, association, "Жаңылык № " + i + ": "
					+ DocumentsBenchmark.sentence(i, 6), "Новость № " + i, "<p>" + DocumentsBenchmark.sentence(i, 80)
					+ "</p>", published });
		}
		jdbc.batchUpdate("insert into news_item (version, created_at, updated_at, association_id, title_ky, title_ru,"
				+ " body_ky, status, published_at) values (0, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?)", rows);
		return count;
	}

	/**
	 * Clauses, comments and news were written straight into the tables, past the modules that index them: the full
	 * reindex an administrator would start puts them in the search index.
	 */
	private static void rebuildSearchIndex(ConfigurableApplicationContext context, AssociationFixture fixture)
			throws InterruptedException {
		IndexRebuild rebuild = context.getBean(IndexRebuild.class);
		fixture.asAdministrator(rebuild::start);
		while (rebuild.progress().phase() != IndexRebuild.Phase.DONE) {
			if (rebuild.progress().phase() == IndexRebuild.Phase.FAILED) {
				throw new IllegalStateException("The search index was not rebuilt: " + rebuild.progress().failure());
			}
			Thread.sleep(500);
		}
	}

	private static List<String> clauses(JdbcTemplate jdbc, long versionId, int document, Instant at) {
		List<String> keys = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		Timestamp now = Timestamp.from(at);
		for (int clause = 1; clause <= CLAUSES; clause++) {
			String key = UUID.randomUUID().toString();
			keys.add(key);
			rows.add(new Object[] { now, now, versionId, key, String.valueOf(clause), "CLAUSE", null,
					"<p>" + DocumentsBenchmark.sentence(document * 100 + clause, 40) + "</p>", clause });
		}
		jdbc.batchUpdate("insert into document_clause (version, created_at, updated_at, version_id, clause_key, number,"
				+ " level, heading, html, position) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		return keys;
	}

	private static int comments(JdbcTemplate jdbc, long documentId, List<String> keys, Instant opened, int document) {
		Region[] regions = Region.values();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < COMMENTS_PER_DOCUMENT; i++) {
			Timestamp posted = Timestamp.from(opened.plusSeconds(60L + i * 120L));
			rows.add(new Object[] { posted, posted, documentId, keys.get(i % keys.size()), 200_000L + i,
					"Катышуучу " + i, "TEACHER", regions[i % regions.length].name(),
					DocumentsBenchmark.sentence(document * 1000 + i, 25), posted });
		}
		jdbc.batchUpdate("insert into document_comment (version, created_at, updated_at, document_id, version_number,"
				+ " clause_key, author_account_id, author_name, stakeholder, region, text, posted_at)"
				+ " values (0, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)", rows);
		return rows.size();
	}

	record Seeded(int ombs, int universities, int colleges, int documents, int inForce, int clauses, int comments,
			int news, long sampleDocument, double reindexSeconds) {
	}

}
