package kg.omb.documents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a document's public timeline: from which status to which, when, by which account, why (the remarks
 * of a return), the act it rests on and a message key for a note such as "no expert review was performed".
 */
public record TimelineEntry(@Nullable DocumentStatus from, DocumentStatus to, Instant at, @Nullable Long actorId,
		@Nullable String reason, @Nullable Long actId, @Nullable String noteKey) {
}
