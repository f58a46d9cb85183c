package kg.omb.documents.web;

import org.jspecify.annotations.Nullable;

/** A report (its reason, one of the report reasons) or the secretary's hiding of a comment (the reason told). */
public record ModerationForm(@Nullable String reason) {
}
