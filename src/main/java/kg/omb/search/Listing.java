package kg.omb.search;

/**
 * A page of a module's public listing, as its template shows it with {@code fragments/listing}: the results, the
 * links to narrow and page it, and whether the visitor narrowed it.
 */
public record Listing(SearchResults results, ListingLinks links, boolean narrowed) {

	public static final int PAGE_SIZE = 20;

	/** The last page offered; deeper pages show the last one. */
	public static final int MAX_PAGE = 500;

}
