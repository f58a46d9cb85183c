package kg.omb.meetings.domain;

import org.jspecify.annotations.Nullable;

/** An agenda item: its title, the decision proposed and, if it concerns one, a document and its version. */
public record NewAgendaItem(String title, @Nullable String proposedDecision, @Nullable Long documentId,
		@Nullable Integer documentVersion) {
}
