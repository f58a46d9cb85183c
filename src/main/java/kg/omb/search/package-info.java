/**
 * Full-text search over the public content of the portal (§10.7, §6): modules put their public content in the
 * {@link kg.omb.search.SearchIndex} as it changes and offer all of it as {@link kg.omb.search.SearchableContent}
 * for a full reindex; {@code /search} finds it in Kyrgyz, Russian and English with facets. Kyrgyz has no stemmer
 * in Lucene, so the module brings its own ({@code analysis}); Russian and English use Lucene's analyzers.
 */
@ApplicationModule(displayName = "Search")
@NullMarked
package kg.omb.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
