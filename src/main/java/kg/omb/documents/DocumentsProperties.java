package kg.omb.documents;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the documents ({@code omb.documents.*}):
 * {@code omb.documents.kinds.state-standard-higher.discussion-min-days=45} changes the shortest public discussion
 * of one kind; kinds not mentioned keep their default.
 */
@ConfigurationProperties("omb.documents")
public record DocumentsProperties(@Nullable Map<DocumentKind, KindSettings> kinds) {

	public DocumentsProperties {
		kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
	}

	public int discussionMinDays(DocumentKind kind) {
		KindSettings settings = kinds == null ? null : kinds.get(kind);
		return settings == null || settings.discussionMinDays() == null ? kind.defaultDiscussionMinDays()
				: settings.discussionMinDays();
	}

	public record KindSettings(@Nullable Integer discussionMinDays) {
	}

}
