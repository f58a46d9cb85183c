package kg.omb.search.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import kg.omb.search.Facet;
import kg.omb.search.domain.PortalSearch;
import kg.omb.search.domain.SearchRequest;
import kg.omb.search.domain.SearchResults;

/**
 * {@code /search}: one search over everything the portal publishes, with facets to narrow it, highlighted
 * snippets, relevance or date order and pages. Every address is a plain link, so a result list can be shared.
 */
@Controller
class SearchController {

	static final int PAGE_SIZE = 20;

	private final PortalSearch search;

	SearchController(PortalSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam Map<String, String> parameters, Locale locale, Model model) {
		Map<Facet, String> filters = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			String value = parameters.get(facet.parameter());
			if (value != null && !value.isBlank()) {
				filters.put(facet, value.strip());
			}
		}
		SearchRequest.Order order = "date".equals(sort) ? SearchRequest.Order.DATE : SearchRequest.Order.RELEVANCE;
		SearchRequest request = new SearchRequest(q, filters, order, Math.max(0, Math.min(page, 500)), PAGE_SIZE);
		SearchResults results = search.search(request, locale);
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("sort", order == SearchRequest.Order.DATE ? "date" : "relevance");
		model.addAttribute("filters", filters);
		model.addAttribute("results", results);
		model.addAttribute("searched", !request.isEmpty());
		model.addAttribute("links", new Links(request));
		return "search/results";
	}

	/** Addresses of the same search with one thing changed, for the facet, order and page links. */
	static final class Links {

		private final SearchRequest request;

		Links(SearchRequest request) {
			this.request = request;
		}

		/** The search with this facet value chosen, or no longer chosen when it was. */
		public String toggle(Facet facet, String value) {
			Map<Facet, String> filters = new EnumMap<>(Facet.class);
			filters.putAll(request.filters());
			if (value.equals(filters.get(facet))) {
				filters.remove(facet);
			}
			else {
				filters.put(facet, value);
			}
			return build(filters, request.order(), 0);
		}

		public String order(String order) {
			return build(request.filters(), "date".equals(order) ? SearchRequest.Order.DATE
					: SearchRequest.Order.RELEVANCE, 0);
		}

		public String page(int page) {
			return build(request.filters(), request.order(), page);
		}

		private String build(Map<Facet, String> filters, SearchRequest.Order order, int page) {
			Map<String, String> parameters = new LinkedHashMap<>();
			if (request.text() != null && !request.text().isEmpty()) {
				parameters.put("q", request.text());
			}
			filters.forEach((facet, value) -> parameters.put(facet.parameter(), value));
			if (order == SearchRequest.Order.DATE) {
				parameters.put("sort", "date");
			}
			if (page > 0) {
				parameters.put("page", String.valueOf(page));
			}
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
			parameters.forEach(uri::queryParam);
			return uri.encode().build().toUriString();
		}

	}

}
