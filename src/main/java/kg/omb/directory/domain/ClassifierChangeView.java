package kg.omb.directory.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of a classifier entry's history as its page shows it. */
public record ClassifierChangeView(Instant changedAt, String changedBy, String field, @Nullable String oldValue,
		@Nullable String newValue, @Nullable Long legalActId) {
}
