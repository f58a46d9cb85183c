package kg.omb.search.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.search.SearchResults;
import kg.omb.search.SearchRequest;
import kg.omb.search.Facet;
import kg.omb.search.FacetValue;
import kg.omb.search.SearchEntry;
import kg.omb.search.SearchIndex;
import kg.omb.search.SearchRequest.Order;
import kg.omb.search.SearchResults.Hit;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's search as a visitor meets it: every form of a Kyrgyz or Russian word finds the others, case does
 * not matter, one typo is forgiven, a title match comes first, facets narrow and count, snippets mark the words and
 * never let markup through, and the index follows a change or a removal at once.
 */
@SpringBootTest
class PortalSearchTests {

	static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000 * 1000);

	static final Locale KY = Locale.forLanguageTag("ky");

	@Autowired
	SearchIndex index;

	@Autowired
	PortalSearch search;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyFormOfAKyrgyzWordFindsTheOthers() {
		String marker = marker();
		long id = put(entry("document", marker + " Билим берүүнүн мамлекеттик стандарттары",
				"Программалардын мазмунуна талаптар " + marker, null));

		for (String query : List.of("стандарт", "стандарттын", "стандарттарга", "СТАНДАРТЫ", "программасы",
				"билимдин")) {
			assertThat(ids(find(query + " " + marker))).as(query).contains(id);
		}
	}

	@Test
	void russianWordsAreFoundInAnyForm() {
		String marker = marker();
		long source = next();
		long id = put(new SearchEntry("document", source, "/documents/" + source,
				new LocalizedText(null, "Государственный образовательный стандарт " + marker, null),
				new LocalizedText(null, "Требования к результатам освоения программ бакалавриата", null), null, List.of()));

		assertThat(ids(find("стандарта " + marker))).contains(id);
		assertThat(ids(find("требованиям " + marker))).contains(id);
	}

	@Test
	void oneTypoIsForgivenAndATitleMatchComesFirst() {
		String marker = marker();
		long inText = put(entry("clause", "Жалпы жоболор " + marker, "Экономика багыты боюнча окуу планы", null));
		long inTitle = put(entry("document", "Экономика " + marker, "Жалпы жоболор", null));

		assertThat(ids(find("экономика " + marker))).containsExactly(inTitle, inText);
		assertThat(ids(find("эконмика " + marker))).contains(inTitle, inText);
	}

	@Test
	void facetsNarrowAndCountTheResults() {
		String marker = marker();
		FacetValue higher = FacetValue.of(Facet.KIND, "STATE_STANDARD_HIGHER",
				LocalizedText.of("ЖКБнын мамлекеттик стандарты", "ГОС ВПО", "State standard (higher)"));
		FacetValue sample = FacetValue.of(Facet.KIND, "SAMPLE_DISCIPLINE_PROGRAMME",
				LocalizedText.of("Үлгүлүү программа", "Примерная программа", "Sample programme"));
		long standard = put(entry("document", "Стандарт " + marker, "текст", higher));
		put(entry("document", "Программа " + marker, "текст", sample));

		SearchResults all = search.search(new SearchRequest(marker, Map.of(), Order.RELEVANCE, 0, 20), KY);
		assertThat(all.facets().get(Facet.KIND)).extracting(SearchResults.FacetCount::value, SearchResults.FacetCount::count)
			.contains(org.assertj.core.groups.Tuple.tuple("STATE_STANDARD_HIGHER", 1L),
					org.assertj.core.groups.Tuple.tuple("SAMPLE_DISCIPLINE_PROGRAMME", 1L));
		assertThat(all.facets().get(Facet.KIND)).filteredOn(count -> count.value().equals("STATE_STANDARD_HIGHER"))
			.singleElement()
			.satisfies(count -> assertThat(count.label().ky()).isEqualTo("ЖКБнын мамлекеттик стандарты"));

		SearchResults narrowed = search.search(new SearchRequest(marker,
				Map.of(Facet.KIND, "STATE_STANDARD_HIGHER"), Order.RELEVANCE, 0, 20), KY);
		assertThat(ids(narrowed)).containsExactly(standard);
		assertThat(narrowed.facets().get(Facet.KIND)).singleElement().satisfies(count -> assertThat(count.chosen()).isTrue());
	}

	@Test
	void snippetsMarkTheWordsAndEscapeMarkup() {
		String marker = marker();
		put(entry("document", "Title " + marker, "Окутуунун <script>alert(1)</script> натыйжалары " + marker, null));

		Hit hit = find("натыйжалар " + marker).hits().get(0);

		assertThat(hit.snippetHtml()).contains("<mark>натыйжалары</mark>").doesNotContain("<script>")
			.contains("&lt;script&gt;");
		assertThat(hit.titleHtml()).contains("<mark>" + marker + "</mark>");
	}

	@Test
	void theIndexFollowsAChangeAndARemoval() {
		String marker = marker();
		long source = next();
		put(new SearchEntry("document", source, "/documents/" + source, LocalizedText.of("Эски аталыш " + marker, null, null),
				LocalizedText.of("", null, null), null, List.of()));
		put(new SearchEntry("document", source, "/documents/" + source, LocalizedText.of("Жаңы аталыш " + marker, null, null),
				LocalizedText.of("", null, null), null, List.of()));

		assertThat(find("эски " + marker).total()).isZero();
		assertThat(find("жаңы " + marker).total()).isEqualTo(1);

		transactions.executeWithoutResult(status -> index.remove("document", source));
		assertThat(find(marker).total()).isZero();
	}

	@Test
	void partsAreReplacedTogether() {
		String marker = marker();
		long owner = next();
		long first = next();
		long second = next();
		transactions.executeWithoutResult(status -> index.replaceParts("clause", owner, List.of(
				new SearchEntry("clause", first, "/documents/1#c1", LocalizedText.of("1. " + marker, null, null),
						LocalizedText.of("биринчи", null, null), null, List.of()),
				new SearchEntry("clause", second, "/documents/1#c2", LocalizedText.of("2. " + marker, null, null),
						LocalizedText.of("экинчи", null, null), null, List.of()))));
		assertThat(find(marker).total()).isEqualTo(2);

		transactions.executeWithoutResult(status -> index.replaceParts("clause", owner, List.of(
				new SearchEntry("clause", second, "/documents/1#c2", LocalizedText.of("2. " + marker, null, null),
						LocalizedText.of("экинчи", null, null), null, List.of()))));
		assertThat(find(marker).total()).isEqualTo(1);
	}

	@Test
	void newestFirstWhenSortedByDate() {
		String marker = marker();
		long first = next();
		long older = put(new SearchEntry("news", first, "/news/" + first, LocalizedText.of("Жаңылык " + marker, null, null),
				LocalizedText.of("", null, null), LocalDate.of(2025, 1, 10), List.of()));
		long second = next();
		long newer = put(new SearchEntry("news", second, "/news/" + second, LocalizedText.of("Жаңылык жаңылык " + marker, null, null),
				LocalizedText.of("", null, null), LocalDate.of(2026, 3, 5), List.of()));

		assertThat(ids(search.search(new SearchRequest(marker, Map.of(), Order.DATE, 0, 20), KY))).containsExactly(newer,
				older);
	}

	SearchResults find(String text) {
		return search.search(new SearchRequest(text, Map.of(), Order.RELEVANCE, 0, 20), KY);
	}

	static List<Long> ids(SearchResults results) {
		return results.hits().stream().map(hit -> Long.parseLong(hit.path().replaceAll("\\D+", ""))).toList();
	}

	long put(SearchEntry entry) {
		transactions.executeWithoutResult(status -> index.put(entry));
		return entry.sourceId();
	}

	static SearchEntry entry(String type, String titleKy, String textKy, FacetValue facet) {
		long id = next();
		return new SearchEntry(type, id, "/" + type + "/" + id, LocalizedText.of(titleKy, null, null),
				LocalizedText.of(textKy, null, null), null, facet == null ? List.of() : List.of(facet));
	}

	static long next() {
		return IDS.incrementAndGet();
	}

	/** A word found only in one test's entries, far from every other marker even with a typo. */
	static String marker() {
		StringBuilder marker = new StringBuilder();
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		for (int i = 0; i < 12; i++) {
			marker.append((char) ('a' + random.nextInt(26)));
		}
		return marker.toString();
	}

}
