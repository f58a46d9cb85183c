package kg.omb.search;

import java.util.stream.Stream;

/**
 * A module's public content of one type, all of it, for a full reindex: a module that puts entries of a type in
 * the {@link SearchIndex} declares a bean of this type too, so that an administrator can rebuild the index from
 * the modules' own data at any time.
 */
public interface SearchableContent {

	/** The type of the entries, as in {@link SearchEntry#type()}. */
	String type();

	/**
	 * Every public entry of that type now, each with the id of what it is part of ({@link Part#ownerId()}: its own
	 * source id for content that is not a part); called in a read-only transaction.
	 */
	Stream<Part> entries();

	/** An entry and the piece of content it belongs to. */
	record Part(long ownerId, SearchEntry entry) {

		public static Part whole(SearchEntry entry) {
			return new Part(entry.sourceId(), entry);
		}

	}

}
