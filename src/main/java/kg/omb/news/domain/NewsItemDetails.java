package kg.omb.news.domain;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.files.StoredFile;
import kg.omb.news.NewsStatus;
import kg.omb.shared.LocalizedText;

/** A news item with its attached files, as its pages show it; {@code version} is the lock an edit must name. */
public record NewsItemDetails(long id, long version, @Nullable Long associationId, LocalizedText title,
		LocalizedText body, NewsStatus status, @Nullable Instant publishAt, @Nullable Instant publishedAt,
		@Nullable Instant withdrawnAt, @Nullable String withdrawalReason, List<StoredFile> attachments,
		@Nullable Instant updatedAt) {

	public String path() {
		return "/news/" + id;
	}

}
