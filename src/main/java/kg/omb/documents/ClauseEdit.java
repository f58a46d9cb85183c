package kg.omb.documents;

import org.jspecify.annotations.Nullable;

/** A clause as an author saves it; its HTML is sanitized when stored. Without a position it goes last. */
public record ClauseEdit(String number, ClauseLevel level, @Nullable String heading, String html,
		@Nullable Integer position) {
}
