/**
 * Kyrgyz text analysis for Lucene: a light suffix-stripping stemmer, its token filter and an analyzer.
 */
@NullMarked
package kg.omb.search.analysis;

import org.jspecify.annotations.NullMarked;
