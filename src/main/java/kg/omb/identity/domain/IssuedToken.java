package kg.omb.identity.domain;

import java.time.Instant;

/** A token just issued: the secret to put in the link (never stored) and when it expires. */
record IssuedToken(String secret, Instant expiresAt) {
}
