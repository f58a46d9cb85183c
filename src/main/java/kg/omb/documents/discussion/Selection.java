package kg.omb.documents.discussion;

/** A passage the commenter selected: its words and where the browser says they start (-1 when unknown). */
public record Selection(String quote, int start) {
}
