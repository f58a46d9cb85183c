package kg.omb.identity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/**
 * A single-use token sent by e-mail to the owner of an account. Only the hash of the token is kept: whoever reads
 * the database cannot use it.
 */
@Entity
@Table(name = "account_token")
class AccountToken extends BaseEntity {

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TokenPurpose purpose;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private @Nullable Instant usedAt;

	protected AccountToken() {
		this.purpose = TokenPurpose.EMAIL_VERIFICATION;
		this.tokenHash = "";
		this.expiresAt = Instant.EPOCH;
	}

	AccountToken(long accountId, TokenPurpose purpose, String tokenHash, Instant expiresAt) {
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	/** Refuses a used or expired token; the caller decides whether this look consumes it. */
	void requireUsable(Instant now) {
		if (usedAt != null) {
			throw new DomainException("token.error.used");
		}
		if (!now.isBefore(expiresAt)) {
			throw new DomainException("token.error.expired");
		}
	}

	void use(Instant now) {
		requireUsable(now);
		usedAt = now;
	}

	long getAccountId() {
		return accountId;
	}

	TokenPurpose getPurpose() {
		return purpose;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	@Nullable Instant getUsedAt() {
		return usedAt;
	}

}
