package kg.omb.search;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses of the same listing with one thing changed — a facet value chosen or dropped, the order, the page — for
 * the links of a search or a portal section. Every state of a listing is a plain link, so it can be shared and needs
 * no script. Facets fixed by the listing itself (a section always shows documents in force, say) are not part of its
 * address.
 */
public final class ListingLinks {

	private final String path;

	private final SearchRequest request;

	private final Set<Facet> fixed;

	public ListingLinks(String path, SearchRequest request, Set<Facet> fixed) {
		this.path = path;
		this.request = request;
		this.fixed = Set.copyOf(fixed);
	}

	public static ListingLinks of(String path, SearchRequest request) {
		return new ListingLinks(path, request, Set.of());
	}

	/** Whether the visitor can choose a value of this facet here. */
	public boolean choosable(Facet facet) {
		return !fixed.contains(facet);
	}

	/** The listing with this facet value chosen, or no longer chosen when it was. */
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
		return build(request.filters(),
				"date".equals(order) ? SearchRequest.Order.DATE : SearchRequest.Order.RELEVANCE, 0);
	}

	public String page(int page) {
		return build(request.filters(), request.order(), page);
	}

	private String build(Map<Facet, String> filters, SearchRequest.Order order, int page) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (request.hasText()) {
			parameters.put("q", request.text());
		}
		filters.forEach((facet, value) -> {
			if (!fixed.contains(facet)) {
				parameters.put(facet.parameter(), value);
			}
		});
		if (order == SearchRequest.Order.DATE) {
			parameters.put("sort", "date");
		}
		if (page > 0) {
			parameters.put("page", String.valueOf(page));
		}
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		parameters.forEach(uri::queryParam);
		return uri.encode().build().toUriString();
	}

}
