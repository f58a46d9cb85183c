/** The files module's internals: upload checks, metadata, text extraction, access rules. */
@NullMarked
package kg.omb.files.domain;

import org.jspecify.annotations.NullMarked;
