package kg.omb.meetings;

import org.jspecify.annotations.Nullable;

/** A meeting of an OMB adopted a decision (a recommendation, §7), on a document version if it names one. */
public record DecisionTaken(long decisionId, long associationId, long meetingId, @Nullable Long documentId,
		@Nullable Integer documentVersion) {
}
