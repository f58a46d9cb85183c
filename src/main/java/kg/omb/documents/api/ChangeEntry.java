package kg.omb.documents.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.documents.ClauseChange;

/**
 * What happened to one clause between two versions: added, removed, changed or unchanged, with its number in each
 * and its text word by word as what stayed, what was deleted and what was inserted.
 */
record ChangeEntry(String key, ClauseChange.Kind kind, @Nullable String oldNumber, @Nullable String newNumber,
		List<ClauseChange.TextSegment> segments) {

	static ChangeEntry of(ClauseChange change) {
		return new ChangeEntry(change.key(), change.kind(), change.oldNumber(), change.newNumber(), change.segments());
	}

}
