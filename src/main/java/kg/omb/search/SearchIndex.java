package kg.omb.search;

import java.util.List;
import java.util.Optional;

/**
 * What other modules tell the search when their public content changes. Every method runs in the caller's
 * transaction; the index follows when it commits, so a search a moment later finds the change. Content that stops
 * being public is removed.
 */
public interface SearchIndex {

	/** Adds the entry, or replaces the one of the same type and source. */
	void put(SearchEntry entry);

	/** Removes the entry of that type and source, if there is one. */
	void remove(String type, long sourceId);

	/** Puts the entry of content that is public now, or removes that type and source when it is not ({@code empty}). */
	default void putOrRemove(String type, long sourceId, Optional<SearchEntry> entry) {
		entry.ifPresentOrElse(this::put, () -> remove(type, sourceId));
	}

	/**
	 * Replaces the parts of one piece of content (the clauses of a document's public version, say): entries of
	 * {@code type} that belong to {@code ownerId} become exactly {@code parts}; an empty list removes them.
	 */
	void replaceParts(String type, long ownerId, List<SearchEntry> parts);

}
