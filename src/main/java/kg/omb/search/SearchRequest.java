package kg.omb.search;

import java.util.Map;

import org.jspecify.annotations.Nullable;


/**
 * What a visitor asked: the words (may be empty when only filtering), one chosen value per facet, the order and
 * the page (from 0).
 */
public record SearchRequest(@Nullable String text, Map<Facet, String> filters, Order order, int page, int size) {

	public enum Order {

		RELEVANCE, DATE

	}

	public SearchRequest {
		text = text == null ? null : text.strip();
		filters = Map.copyOf(filters);
		if (page < 0 || size < 1 || size > 100) {
			throw new IllegalArgumentException("page " + page + ", size " + size);
		}
	}

	public boolean hasText() {
		return text != null && !text.isEmpty();
	}

	/** Neither words nor filters: nothing was asked. */
	public boolean isEmpty() {
		return !hasText() && filters.isEmpty();
	}

}
