package kg.omb.portal.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.web.PublicDocumentsFixture;
import kg.omb.support.AdjustableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages served to anonymous visitors from memory, over real HTTP: the same bytes and headers as rendered,
 * kept apart by language and day, answered 304 from memory, and dropped by the next committed change.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class, PublicDocumentsFixture.class,
		RenderedPagesTests.SlowPage.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderedPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	RenderedPages pages;

	@Autowired
	PublicDocumentsFixture documents;

	@Autowired
	AdjustableClock clock;

	@Autowired
	SlowPage slowPage;

	final HttpClient http = HttpClient.newHttpClient();

	Omb omb;

	@BeforeAll
	void omb() {
		omb = documents.omb(Region.TALAS);
	}

	@BeforeEach
	void startFromNothing() {
		pages.afterCommit(new DefaultTransactionStatus("test", null, true, false, false, false, false, null), null);
	}

	@Test
	void theSecondVisitorGetsTheSameBytesAndHeadersFromMemory() throws Exception {
		HttpResponse<String> rendered = get("/documents", "ru");
		assertThat(pages.size()).isEqualTo(1);
		HttpResponse<String> kept = get("/documents", "ru");

		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(kept.body()).isEqualTo(rendered.body()).contains("<html lang=\"ru\"");
		for (String header : new String[] { "Content-Type", "Content-Language", "ETag", "Content-Security-Policy",
				"X-Frame-Options", "X-Content-Type-Options" }) {
			assertThat(kept.headers().allValues(header)).as(header)
				.isNotEmpty()
				.isEqualTo(rendered.headers().allValues(header));
		}
		assertThat(kept.headers().firstValue("Content-Length")).hasValue(
				String.valueOf(rendered.body().getBytes(StandardCharsets.UTF_8).length));
		assertThat(kept.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void eachLanguageIsKeptApart() throws Exception {
		assertThat(get("/documents", "ru").body()).contains("<html lang=\"ru\"");
		assertThat(get("/documents", "ky").body()).contains("<html lang=\"ky\"");
		assertThat(get("/documents", "ru").body()).contains("<html lang=\"ru\"");
		assertThat(pages.size()).isEqualTo(2);
	}

	@Test
	void parametersInAnotherOrderAreOnePageAndWhatHtmxAsksForIsNotKept() throws Exception {
		get("/organizations?q=a&region=NARYN", "ky");
		get("/organizations?region=NARYN&q=a", "ky");
		assertThat(pages.size()).isEqualTo(1);

		http.send(request("/organizations?q=b", "ky").header("HX-Request", "true").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(pages.size()).isEqualTo(1);
	}

	@Test
	void theLanguageSwitcherStillRemembersTheChoiceWhenThePageComesFromMemory() throws Exception {
		get("/documents?lang=en", "ky");
		HttpResponse<String> kept = get("/documents?lang=en", "ky");

		assertThat(kept.body()).contains("<html lang=\"en\"");
		assertThat(kept.headers().allValues("Set-Cookie")).singleElement().asString().startsWith("omb-lang=en");
	}

	@Test
	void aClientHoldingThePageIsAnswered304FromMemory() throws Exception {
		String etag = get("/documents", "ky").headers().firstValue("ETag").orElseThrow();
		get("/documents", "ky");
		HttpResponse<String> again = http.send(request("/documents", "ky").header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
	}

	@Test
	void aCommittedChangeShowsOnTheVeryNextRequest() throws Exception {
		get("/documents", "ky");
		get("/documents", "ky");
		long id = documents.inForce(omb, "Кэштелбеген стандарт", DocumentKind.STATE_STANDARD_HIGHER, null).id();

		assertThat(get("/documents", "ky").body()).contains("/documents/" + id + "\"", "Кэштелбеген стандарт");
	}

	@Test
	void aNewDayInBishkekRendersThePageAgain() throws Exception {
		get("/", "ky");
		clock.advance(Duration.ofDays(1));
		try {
			get("/", "ky");
			assertThat(pages.size()).isEqualTo(2);
		}
		finally {
			clock.advance(Duration.ofDays(-1));
		}
	}

	@Test
	void visitorsArrivingWhileAPageIsRenderedShareThatOneRendering() throws Exception {
		slowPage.renderings.set(0);
		List<CompletableFuture<HttpResponse<String>>> visitors = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			visitors.add(http.sendAsync(request(SlowPage.PATH, "ky").build(), HttpResponse.BodyHandlers.ofString()));
		}
		for (CompletableFuture<HttpResponse<String>> visitor : visitors) {
			assertThat(visitor.get().body()).isEqualTo("rendered 1");
		}

		assertThat(slowPage.renderings).hasValue(1);
	}

	@Test
	void aPageRenderedBeforeAChangeIsNotKeptAfterIt() {
		var page = new RenderedPages.Page("text/html", Locale.ROOT, Map.of(), new byte[] { 1 }, pages.generation());
		startFromNothing();
		var key = new RenderedPages.Key("/", Locale.ROOT, 0);
		pages.keep(key, page);

		assertThat(pages.find(key)).isNull();
	}

	@Test
	void aReadOnlyTransactionChangesNothing() {
		var key = new RenderedPages.Key("/", Locale.ROOT, 0);
		pages.keep(key, new RenderedPages.Page("text/html", Locale.ROOT, Map.of(), new byte[] { 1 }, pages.generation()));
		pages.afterCommit(new DefaultTransactionStatus("read", null, true, false, false, true, false, null), null);

		assertThat(pages.find(key)).isNotNull();
	}

	@Test
	void pagesBeyondTheirMemoryGoFirst() {
		var small = new RenderedPages(new PageCacheProperties(true, Duration.ofMinutes(1), DataSize.ofKilobytes(10)));
		for (int i = 0; i < 50; i++) {
			small.keep(new RenderedPages.Key("/p" + i, Locale.ROOT, 0),
					new RenderedPages.Page("text/html", Locale.ROOT, Map.of(), new byte[1024], small.generation()));
		}
		small.cleanUp();

		assertThat(small.size()).isLessThanOrEqualTo(10);
	}

	/** A public address under {@code /feeds/} that takes a while to render and counts its renderings. */
	@RestController
	static class SlowPage {

		static final String PATH = "/feeds/slow-test-page";

		final AtomicInteger renderings = new AtomicInteger();

		@GetMapping(PATH)
		String render() throws InterruptedException {
			int rendering = renderings.incrementAndGet();
			Thread.sleep(500);
			return "rendered " + rendering;
		}

	}

	private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request(path, language).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response;
	}

	private HttpRequest.Builder request(String path, String language) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept-Language", language);
	}

}
