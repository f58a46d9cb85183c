package kg.omb.documents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One version of a document's text. */
public record VersionView(int number, @Nullable String summary, boolean published, @Nullable Instant publishedAt,
		@Nullable Long sourceFileId) {
}
