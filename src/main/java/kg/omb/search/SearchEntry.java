package kg.omb.search;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * One piece of public content as the search finds it: what it is ({@code type}, such as {@code document} or
 * {@code association}) and which one ({@code sourceId}), where it is read ({@code path}, a path within the
 * portal), its title and plain text in the languages it has, the day it refers to (for sorting by date) and the
 * facet values it can be filtered by. Only content that anyone may read is put in the index.
 */
public record SearchEntry(String type, long sourceId, String path, LocalizedText title, LocalizedText text,
		@Nullable LocalDate date, List<FacetValue> facets) {

	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

	public SearchEntry {
		if (!TYPE.matcher(type).matches()) {
			throw new IllegalArgumentException("Invalid search entry type: " + type);
		}
		if (!path.startsWith("/") || path.startsWith("//")) {
			throw new IllegalArgumentException("A search entry's path is a path within the portal: " + path);
		}
		facets = List.copyOf(facets);
	}

}
