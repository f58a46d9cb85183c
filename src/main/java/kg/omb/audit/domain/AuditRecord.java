package kg.omb.audit.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail as stored: its place in the chain ({@code sequence}, {@code previousHash},
 * {@code hash}) and what it records. {@code details} is the JSON text exactly as stored and hashed.
 */
public record AuditRecord(long sequence, Instant occurredAt, @Nullable Long actorAccountId, String actorName,
		@Nullable String clientAddress, String action, String targetType, @Nullable String targetId, String details,
		String previousHash, String hash) {

	/** This entry with the hash that its fields and previous hash give. */
	AuditRecord sealed() {
		return new AuditRecord(sequence, occurredAt, actorAccountId, actorName, clientAddress, action, targetType,
				targetId, details, previousHash, ChainHash.of(this));
	}

	/** Whether the stored hash is the one that its fields and previous hash give. */
	boolean sealedIntact() {
		return ChainHash.of(this).equals(hash);
	}

}
