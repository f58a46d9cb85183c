package kg.omb.meetings.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Where a meeting's minutes stand: who signed them off and when, and whether they are published. */
public record MinutesView(@Nullable String secretaryName, @Nullable Instant secretarySignedAt,
		@Nullable String chairName, @Nullable Instant chairSignedAt, @Nullable Instant publishedAt) {

	public static final MinutesView NONE = new MinutesView(null, null, null, null, null);

	public boolean published() {
		return publishedAt != null;
	}

}
