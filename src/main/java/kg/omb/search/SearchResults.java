package kg.omb.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * One page of results: the hits, how many there are in all, and per facet the values found among them with their
 * counts (the chosen ones marked).
 */
public record SearchResults(List<Hit> hits, long total, Map<Facet, List<FacetCount>> facets, int page, int size) {

	public static SearchResults none(int size) {
		return new SearchResults(List.of(), 0, Map.of(), 0, size);
	}

	public int pages() {
		return (int) ((total + size - 1) / size);
	}

	/**
	 * A result: its title and snippet as safe HTML (escaped text, the words found in {@code <mark>}), in the
	 * visitor's language where the content has it ({@code language} says which); {@code date} is the day it refers
	 * to, {@code updatedAt} when the content last changed.
	 */
	public record Hit(String type, String path, String titleHtml, String snippetHtml, String language,
			@Nullable LocalDate date, @Nullable Instant updatedAt) {
	}

	/** A facet value among the results. */
	public record FacetCount(String value, LocalizedText label, long count, boolean chosen) {
	}

}
