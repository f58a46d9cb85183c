package kg.omb.documents;

import java.time.Instant;

import kg.omb.shared.LocalizedText;

/**
 * A document a person drafted, as its author (who created the draft) or as a participant of the working group that
 * drafts it (§15): its OMB, kind, title and the moment its drafting was completed (it first left drafting, for
 * discussion or review).
 */
public record DraftedDocument(long documentId, long associationId, DocumentKind kind, LocalizedText title,
		Instant draftedAt) {
}
