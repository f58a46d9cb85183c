package kg.omb.documents.web;

import org.jspecify.annotations.Nullable;

/** A reply in a thread: its text, as whom and from which region. */
public record ReplyForm(@Nullable String text, @Nullable String stakeholder, @Nullable String region) {
}
