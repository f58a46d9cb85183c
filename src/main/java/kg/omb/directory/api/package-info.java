/**
 * The directory's open data: organisations, authorities, the classifier and legal acts, read-only, under
 * {@code /api/v1}.
 */
@NullMarked
package kg.omb.directory.api;

import org.jspecify.annotations.NullMarked;
