package kg.omb.search.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.search.Facet;
import kg.omb.search.Listing;
import kg.omb.search.ListingLinks;
import kg.omb.search.PublicContent;
import kg.omb.search.PublicPage;
import kg.omb.search.SearchRequest;
import kg.omb.search.SearchResults;
import kg.omb.search.analysis.KyrgyzAnalyzer;
import kg.omb.search.SearchResults.FacetCount;
import kg.omb.search.SearchResults.Hit;
import kg.omb.shared.LocalizedText;

/**
 * The portal's search over everything public. The words are looked for in the title and text of each language,
 * each through its own analyzer, so that any form of a word finds the others; a word with one typo still matches,
 * less strongly than an exact one; a match in a title counts five times one in the text. Facet counts are those of
 * the results as filtered.
 */
@Service
@Transactional(readOnly = true)
public class PortalSearch implements PublicContent {

	static final List<String> LANGUAGES = LocalizedText.LANGUAGES;

	private static final AggregationKey<Map<String, Long>> FACETS = AggregationKey.of("facets");

	private static final String SNIPPET = "snippet";

	private static final float TITLE_BOOST = 5f;

	private static final float TYPO_WEIGHT = 0.4f;

	/** Shorter words must be spelt right: one letter off in a short word is another word. */
	private static final int MIN_FUZZY_LENGTH = 4;

	private static final int MAX_WORDS = 12;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

	/** Words beyond these are not searched for: a query is a few words, not a page. */
	private static final int MAX_QUERY_LENGTH = 200;

	@PersistenceContext
	private EntityManager entityManager;

	private final FacetLabelRepository labels;

	private final IndexedEntryRepository entries;

	PortalSearch(FacetLabelRepository labels, IndexedEntryRepository entries) {
		this.labels = labels;
		this.entries = entries;
	}

	@Override
	public List<PublicPage> pages(int limit) {
		return entries.findPages(PageRequest.of(0, limit));
	}

	@Override
	public SearchResults search(SearchRequest request, Locale locale) {
		if (request.isEmpty()) {
			return SearchResults.none(request.size());
		}
		return find(request, false, locale);
	}

	@Override
	public SearchResults newest(Map<Facet, String> filters, Locale locale, int page, int size) {
		return find(new SearchRequest(null, filters, SearchRequest.Order.DATE, page, size), true, locale);
	}

	@Override
	public Listing listing(String path, String type, Set<Facet> narrowable, Map<String, String> parameters,
			int page, Locale locale) {
		Map<Facet, String> filters = new EnumMap<>(Facet.class);
		Facet.chosenIn(parameters).forEach((facet, value) -> {
			if (narrowable.contains(facet)) {
				filters.put(facet, value);
			}
		});
		boolean narrowed = !filters.isEmpty();
		filters.put(Facet.TYPE, type);
		int shown = Math.max(0, Math.min(page, Listing.MAX_PAGE));
		return new Listing(newest(filters, locale, shown, Listing.PAGE_SIZE), new ListingLinks(path,
				new SearchRequest(null, filters, SearchRequest.Order.DATE, shown, Listing.PAGE_SIZE), Set.of(Facet.TYPE)),
				narrowed);
	}

	private SearchResults find(SearchRequest request, boolean wholesOnly, Locale locale) {
		String text = request.hasText() ? truncate(request.text()) : null;
		SearchResult<List<?>> result = Search.session(entityManager)
			.search(IndexedEntry.class)
			.select(f -> f.composite()
				.from(f.entity(IndexedEntry.class), f.highlight("title_ky").highlighter("title").single(),
						f.highlight("title_ru").highlighter("title").single(),
						f.highlight("title_en").highlighter("title").single(), f.highlight("text_ky").highlighter(SNIPPET).single(),
						f.highlight("text_ru").highlighter(SNIPPET).single(), f.highlight("text_en").highlighter(SNIPPET).single())
				.asList())
			.where((f, root) -> {
				if (text != null) {
					for (String word : words(text)) {
						var anywhere = f.bool();
						for (String language : LANGUAGES) {
							anywhere.should(f.match().field("title_" + language).matching(word).boost(TITLE_BOOST));
							anywhere.should(f.match().field("text_" + language).matching(word));
							if (word.length() >= MIN_FUZZY_LENGTH) {
								anywhere.should(f.match().field("title_" + language).matching(word).fuzzy(1)
									.boost(TITLE_BOOST * TYPO_WEIGHT));
								anywhere.should(f.match().field("text_" + language).matching(word).fuzzy(1)
									.boost(TYPO_WEIGHT));
							}
						}
						root.add(anywhere.minimumShouldMatchNumber(1));
					}
				}
				else {
					root.add(f.matchAll());
				}
				request.filters().forEach((facet, value) -> root.add(f.match().field("facet").matching(facet.term(value))));
				if (wholesOnly) {
					root.add(f.match().field(IndexedEntry.WHOLE).matching(true));
				}
			})
			.sort(f -> request.order() == SearchRequest.Order.DATE || text == null
					? f.composite().add(f.field("date").desc().missing().last()).add(f.score())
					: f.composite().add(f.score()).add(f.field("date").desc().missing().last()))
			.aggregation(FACETS, f -> f.terms().field("facet", String.class).maxTermCount(1000))
			.highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML))
			.highlighter("title", h -> h.plain().numberOfFragments(1).fragmentSize(2000).noMatchSize(2000))
			.highlighter(SNIPPET, h -> h.plain().numberOfFragments(1).fragmentSize(240).noMatchSize(240))
			.fetch(request.page() * request.size(), request.size());
		List<Hit> hits = result.hits().stream().map(row -> hit(row, locale)).toList();
		return new SearchResults(hits, result.total().hitCount(), facets(result.aggregation(FACETS), request, locale),
				request.page(), request.size());
	}

	private static Hit hit(List<?> row, Locale locale) {
		IndexedEntry entry = (IndexedEntry) row.get(0);
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, String> snippets = new LinkedHashMap<>();
		for (int i = 0; i < LANGUAGES.size(); i++) {
			titles.put(LANGUAGES.get(i), (String) row.get(1 + i));
			snippets.put(LANGUAGES.get(i), (String) row.get(4 + i));
		}
		String language = preferred(titles, locale);
		String title = titles.get(language);
		String snippet = chooseSnippet(snippets, locale);
		return new Hit(entry.getType(), entry.getPath(), title == null ? "" : title, snippet == null ? "" : snippet,
				language, entry.getDate(), entry.getUpdatedAt());
	}

	/** The visitor's language where the content has it, else the first it has. */
	private static String preferred(Map<String, String> byLanguage, Locale locale) {
		if (byLanguage.get(locale.getLanguage()) != null) {
			return locale.getLanguage();
		}
		return byLanguage.entrySet()
			.stream()
			.filter(entry -> entry.getValue() != null)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(locale.getLanguage());
	}

	/** A snippet where the words were found, in the visitor's language first; else the start of the text. */
	private static String chooseSnippet(Map<String, String> snippets, Locale locale) {
		List<String> order = new ArrayList<>();
		order.add(locale.getLanguage());
		LANGUAGES.stream().filter(language -> !order.contains(language)).forEach(order::add);
		return order.stream()
			.map(snippets::get)
			.filter(snippet -> snippet != null && snippet.contains("<mark>"))
			.findFirst()
			.orElseGet(() -> snippets.get(preferred(snippets, locale)));
	}

	private Map<Facet, List<FacetCount>> facets(Map<String, Long> counts, SearchRequest request, Locale locale) {
		Map<String, LocalizedText> named = labels.findAllById(counts.keySet())
			.stream()
			.collect(Collectors.toMap(FacetLabel::getTerm, FacetLabel::label));
		Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			String prefix = facet.term("");
			List<FacetCount> values = counts.entrySet()
				.stream()
				.filter(entry -> entry.getKey().startsWith(prefix))
				.map(entry -> {
					String value = entry.getKey().substring(prefix.length());
					LocalizedText label = named.getOrDefault(entry.getKey(), new LocalizedText(value, null, null));
					return new FacetCount(value, label, entry.getValue(), value.equals(request.filters().get(facet)));
				})
				.sorted(facet == Facet.YEAR ? byValueDescending() : byCountThenLabel(locale))
				.toList();
			if (!values.isEmpty()) {
				facets.put(facet, values);
			}
		}
		return facets;
	}

	private static java.util.Comparator<FacetCount> byValueDescending() {
		return java.util.Comparator.comparing(FacetCount::value).reversed();
	}

	private static java.util.Comparator<FacetCount> byCountThenLabel(Locale locale) {
		return java.util.Comparator.comparingLong(FacetCount::count)
			.reversed()
			.thenComparing(count -> count.label().in(locale), java.util.Comparator.nullsLast(String::compareTo));
	}

	/**
	 * The words of the query that mean something: every one of them must be found (in any form, in any language
	 * field); function words such as "жана", "и", "the" are left out.
	 */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find() && words.size() < MAX_WORDS) {
			String word = matcher.group();
			if (!isFunctionWord(word) && !words.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	private static boolean isFunctionWord(String word) {
		char[] chars = word.toCharArray();
		return KyrgyzAnalyzer.STOP_WORDS.contains(chars, 0, chars.length)
				|| RussianAnalyzer.getDefaultStopSet().contains(chars, 0, chars.length)
				|| EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(chars, 0, chars.length);
	}

	private static String truncate(String text) {
		return text.length() <= MAX_QUERY_LENGTH ? text : text.substring(0, MAX_QUERY_LENGTH);
	}

}
