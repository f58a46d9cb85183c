package kg.omb.documents.api;

import org.jspecify.annotations.Nullable;

import kg.omb.documents.ClauseLevel;
import kg.omb.documents.ClauseView;

/**
 * A clause of a published version: its key (the same in every version of the document, so that versions compare
 * and comments point to it), number, level, heading and text (sanitized HTML), in the order of the text.
 */
record ClauseEntry(String key, String number, ClauseLevel level, @Nullable String heading, String html, int position) {

	static ClauseEntry of(ClauseView clause) {
		return new ClauseEntry(clause.key(), clause.number(), clause.level(), clause.heading(), clause.html(),
				clause.position());
	}

}
