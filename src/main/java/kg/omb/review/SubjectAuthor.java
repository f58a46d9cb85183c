package kg.omb.review;

import org.jspecify.annotations.Nullable;

/** An author of a subject under review: their name, account and organisation when known. */
public record SubjectAuthor(String personName, @Nullable Long accountId, @Nullable Long organizationId) {
}
