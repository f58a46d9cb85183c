package kg.omb.news;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * A published news item as other modules see it: its public page ({@code path}), title, when it was published and
 * the OMB it belongs to (none for news of the whole portal).
 */
public record NewsView(long id, String path, LocalizedText title, Instant publishedAt, @Nullable Long associationId) {
}
