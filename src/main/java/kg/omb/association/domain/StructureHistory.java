package kg.omb.association.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.shared.Actor;
import kg.omb.shared.LocalizedText;

/** Writes the line of history that goes with each structural change, in the change's transaction. */
@Component
class StructureHistory {

	private final HistoryRepository history;

	private final Clock clock;

	StructureHistory(HistoryRepository history, Clock clock) {
		this.history = history;
		this.clock = clock;
	}

	void ofAssociation(long associationId, ChangeKind kind, LocalizedText subject, LocalDate effectiveOn,
			@Nullable Long actId) {
		history.save(new HistoryEntry(associationId, null, kind, subject, effectiveOn, actId, Actor.current().accountId(),
				Instant.now(clock)));
	}

	void ofCouncil(long councilId, ChangeKind kind, LocalizedText subject, LocalDate effectiveOn,
			@Nullable Long actId) {
		history.save(new HistoryEntry(null, councilId, kind, subject, effectiveOn, actId, Actor.current().accountId(),
				Instant.now(clock)));
	}

	/** A person's name is the same in every language. */
	static LocalizedText person(String name) {
		return LocalizedText.of(name, name, name);
	}

}
