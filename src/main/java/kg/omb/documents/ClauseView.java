package kg.omb.documents;

import org.jspecify.annotations.Nullable;

/**
 * One clause of one version as others see it; {@code lock} is the clause's optimistic-locking version, to be sent
 * back with an edit.
 */
public record ClauseView(long id, String key, String number, ClauseLevel level, @Nullable String heading, String html,
		int position, long lock) {

	/** A clause to compare that is not stored (yet). */
	public static ClauseView of(String key, String number, ClauseLevel level, @Nullable String heading, String html) {
		return new ClauseView(0, key, number, level, heading, html, 0, 0);
	}

}
