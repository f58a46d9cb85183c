package kg.omb.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.shared.DomainException;

/**
 * Issues and redeems single-use tokens: 32 random bytes, URL-safe, of which only the SHA-256 hash is stored. A new
 * token replaces the unused ones of the same purpose, so that only the latest link works.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AccountTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountTokenRepository tokens;

	private final Clock clock;

	AccountTokens(AccountTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	IssuedToken issue(long accountId, TokenPurpose purpose, Duration validity) {
		tokens.deleteUnused(accountId, purpose);
		String secret = newSecret();
		Instant expiresAt = Instant.now(clock).plus(validity);
		tokens.save(new AccountToken(accountId, purpose, hash(secret), expiresAt));
		return new IssuedToken(secret, expiresAt);
	}

	/** The account a usable token belongs to, without using it up (to show the form the token opens). */
	long peek(String secret, TokenPurpose purpose) {
		AccountToken token = find(secret, purpose);
		token.requireUsable(Instant.now(clock));
		return token.getAccountId();
	}

	/** Uses the token up and answers whose it was; a used, expired or unknown token is refused. */
	long redeem(String secret, TokenPurpose purpose) {
		AccountToken token = find(secret, purpose);
		token.use(Instant.now(clock));
		return token.getAccountId();
	}

	/** Makes every other link of this purpose for the account useless. */
	void revokeUnused(long accountId, TokenPurpose purpose) {
		tokens.deleteUnused(accountId, purpose);
	}

	/** Work comparable to issuing a token, for answers that must not reveal whether an account exists. */
	void issueNothing() {
		hash(newSecret());
	}

	private AccountToken find(String secret, TokenPurpose purpose) {
		if (secret.isBlank() || secret.length() > 100) {
			throw new DomainException("token.error.invalid");
		}
		return tokens.findByTokenHashAndPurpose(hash(secret), purpose)
			.orElseThrow(() -> new DomainException("token.error.invalid"));
	}

	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException exception) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", exception);
		}
	}

}
