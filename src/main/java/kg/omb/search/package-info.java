/**
 * Full-text search over the public content of the portal. Kyrgyz has no stemmer in Lucene, so the module brings
 * its own ({@code analysis}); Russian and English use Lucene's analyzers. Other modules build their indexes with
 * the analyzers of {@link kg.omb.search.SearchAnalyzers} and their queries with {@link kg.omb.search.SearchQueries},
 * so that every index understands inflected words, case and typos the same way.
 */
@ApplicationModule(displayName = "Search")
@NullMarked
package kg.omb.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
