package kg.omb.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the portal's pages read of the public content that modules put in the {@link SearchIndex}: searches and
 * listings (no words, only filters, newest first) with their facets, and the address of every public page for the
 * sitemap. Only content that anyone may read is ever in the index, so nothing here needs the visitor's rights.
 */
public interface PublicContent {

	/** The page of results the request asks for; with no words, the newest first. */
	SearchResults search(SearchRequest request, Locale locale);

	/**
	 * A listing: the whole pages (no parts of them, such as a document's clauses) that have every value of
	 * {@code filters}, newest first; with no filters, everything.
	 */
	SearchResults newest(Map<Facet, String> filters, Locale locale, int page, int size);

	/**
	 * A module's listing of its public content of one {@code type} at {@code path}, newest first, narrowed by the
	 * facets among {@code narrowable} that the visitor chose in {@code parameters}.
	 */
	Listing listing(String path, String type, Set<Facet> narrowable, Map<String, String> parameters, int page,
			Locale locale);

	/** The public pages of content, newest change first, at most {@code limit} of them; parts of pages are left out. */
	List<PublicPage> pages(int limit);

}
