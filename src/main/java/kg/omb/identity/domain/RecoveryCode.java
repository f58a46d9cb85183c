package kg.omb.identity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/** A one-time code that replaces the authenticator app once. Only its hash is kept. */
@Entity
@Table(name = "two_factor_recovery_code")
class RecoveryCode extends BaseEntity {

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "code_hash", nullable = false)
	private String codeHash;

	@Column(name = "used_at")
	private @Nullable Instant usedAt;

	protected RecoveryCode() {
		this.codeHash = "";
	}

	RecoveryCode(long accountId, String codeHash) {
		this.accountId = accountId;
		this.codeHash = codeHash;
	}

	void use(Instant now) {
		if (usedAt != null) {
			throw new DomainException("two-factor.error.recovery-code-used");
		}
		usedAt = now;
	}

	boolean isUsed() {
		return usedAt != null;
	}

	long getAccountId() {
		return accountId;
	}

	String getCodeHash() {
		return codeHash;
	}

}
