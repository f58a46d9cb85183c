package kg.omb.search.web;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.search.Facet;
import kg.omb.search.ListingLinks;
import kg.omb.search.PublicContent;
import kg.omb.search.SearchRequest;
import kg.omb.search.SearchResults;

/**
 * {@code /search}: one search over everything the portal publishes, with facets to narrow it, highlighted
 * snippets, relevance or date order and pages. Every address is a plain link, so a result list can be shared.
 */
@Controller
class SearchController {

	static final int PAGE_SIZE = 20;

	private final PublicContent search;

	SearchController(PublicContent search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam Map<String, String> parameters, Locale locale, Model model) {
		Map<Facet, String> filters = Facet.chosenIn(parameters);
		SearchRequest.Order order = "date".equals(sort) ? SearchRequest.Order.DATE : SearchRequest.Order.RELEVANCE;
		SearchRequest request = new SearchRequest(q, filters, order, Math.max(0, Math.min(page, 500)), PAGE_SIZE);
		SearchResults results = search.search(request, locale);
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("sort", order == SearchRequest.Order.DATE ? "date" : "relevance");
		model.addAttribute("filters", filters);
		model.addAttribute("results", results);
		model.addAttribute("searched", !request.isEmpty());
		model.addAttribute("links", ListingLinks.of("/search", request));
		return "search/results";
	}

}
