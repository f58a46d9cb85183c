package kg.omb.identity;

import java.time.Instant;

/**
 * A person registered (or asked for a new link) and must confirm their e-mail address by opening the link before
 * it expires. The notifications module mails it at once, in the person's language.
 */
public record EmailVerificationRequested(long accountId, String link, Instant expiresAt) {
}
