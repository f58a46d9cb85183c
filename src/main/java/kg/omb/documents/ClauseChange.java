package kg.omb.documents;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What happened to one clause between two versions. {@code segments} is the clause's text (heading and body, as
 * plain text) split word by word into what stayed, what was deleted and what was inserted; an added clause is all
 * inserted, a removed one all deleted.
 */
public record ClauseChange(String key, Kind kind, @Nullable String oldNumber, @Nullable String newNumber,
		List<TextSegment> segments) {

	public enum Kind {

		ADDED, REMOVED, CHANGED, UNCHANGED

	}

	public record TextSegment(Type type, String text) {

		public enum Type {

			EQUAL, INSERTED, DELETED

		}

	}

}
