package kg.omb.identity;

import java.time.Instant;

/**
 * Someone asked to reset the password of an existing account; the link sets a new one once, before it expires.
 * The notifications module mails it at once, in the person's language.
 */
public record PasswordResetRequested(long accountId, String link, Instant expiresAt) {
}
