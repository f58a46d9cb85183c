package kg.omb.news;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A news item became public, now or at the time it was scheduled for. */
public record NewsPublished(long newsId, @Nullable Long associationId, Instant publishedAt) {
}
