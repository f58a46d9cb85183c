package kg.omb.identity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/**
 * An account's TOTP secret (encrypted), pending until the person proves with a code that their authenticator app
 * has it, then enabled. Remembers the last time step a code was accepted for, so that no code works twice.
 */
@Entity
@Table(name = "two_factor_credential")
class TwoFactorCredential extends BaseEntity {

	@Column(name = "account_id", nullable = false, unique = true)
	private long accountId;

	@Column(name = "secret_ciphertext", nullable = false)
	private String secretCiphertext;

	@Column(name = "enabled_at")
	private @Nullable Instant enabledAt;

	@Column(name = "last_used_step")
	private @Nullable Long lastUsedStep;

	protected TwoFactorCredential() {
		this.secretCiphertext = "";
	}

	TwoFactorCredential(long accountId, String secretCiphertext) {
		this.accountId = accountId;
		this.secretCiphertext = secretCiphertext;
	}

	/** A new secret replaces one that was never confirmed; an enabled one must be disabled first. */
	void replacePendingSecret(String secretCiphertext) {
		if (isEnabled()) {
			throw new DomainException("two-factor.error.already-enabled");
		}
		this.secretCiphertext = secretCiphertext;
		this.lastUsedStep = null;
	}

	void enable(long step, Instant now) {
		if (isEnabled()) {
			throw new DomainException("two-factor.error.already-enabled");
		}
		this.lastUsedStep = step;
		this.enabledAt = now;
	}

	/** Records that a code of this time step was used; earlier and equal steps are refused from now on. */
	void useStep(long step) {
		if (lastUsedStep != null && step <= lastUsedStep) {
			throw new DomainException("two-factor.error.code-reused");
		}
		this.lastUsedStep = step;
	}

	boolean isEnabled() {
		return enabledAt != null;
	}

	long getAccountId() {
		return accountId;
	}

	String getSecretCiphertext() {
		return secretCiphertext;
	}

	@Nullable Instant getEnabledAt() {
		return enabledAt;
	}

	long lastUsedStepOrMinimum() {
		return lastUsedStep == null ? Long.MIN_VALUE : lastUsedStep;
	}

}
