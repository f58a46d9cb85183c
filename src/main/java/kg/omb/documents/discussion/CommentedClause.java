package kg.omb.documents.discussion;

/** The clause a comment is about: its stable key and its text without markup (where passages are selected). */
public record CommentedClause(String key, String plainText) {
}
