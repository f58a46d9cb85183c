package kg.omb.audit.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import kg.omb.audit.AuditLog;
import kg.omb.shared.Actor;

/**
 * Appends sealed entries to the audit chain in the caller's transaction (or a new one when there is none): locks the
 * chain's head, takes the next sequence number and the previous hash, seals the entry, writes it and moves the head
 * on. The lock is held until the caller's transaction ends, so callers record last, just before they commit.
 * <p>
 * The transaction is begun in code rather than by annotation, because {@link AuditLog}'s default method calls this
 * object directly, past any proxy; and the head and the entry are written with SQL at once, not through the
 * persistence context, so that nothing the caller does with its entity manager (clearing it, not flushing it) can
 * separate them.
 */
@Service
class ChainedAuditLog implements AuditLog {

	static final int MAX_CODE = 100;

	static final int MAX_ACTOR_NAME = 320;

	static final int MAX_ADDRESS = 64;

	static final int MAX_DETAILS = 10_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditRecords records;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ChainedAuditLog(AuditRecords records, Clock clock, PlatformTransactionManager transactions) {
		this.records = records;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void record(String action, String targetType, @Nullable Object targetId, Map<String, ?> details) {
		recordAs(Actor.current(), action, targetType, targetId, details);
	}

	/** Records an entry for an actor other than the current one (a sign-in, before its security context exists). */
	AuditRecord recordAs(Actor actor, String action, String targetType, @Nullable Object targetId,
			Map<String, ?> details) {
		String target = targetId == null ? null : targetId.toString();
		requireCode("action", action);
		requireCode("target type", targetType);
		if (target != null && target.length() > MAX_CODE) {
			throw new IllegalArgumentException("An audit target id is at most " + MAX_CODE + " characters: " + target);
		}
		String json = json(details);
		return transaction.execute(status -> append(actor, action, targetType, target, json));
	}

	private AuditRecord append(Actor actor, String action, String targetType, @Nullable String targetId,
			String details) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException("Audit entries are written in a read-write transaction: " + action);
		}
		AuditRecords.Head head = records.lockHead();
		// the time is taken under the lock, so that time and sequence agree on one node
		AuditRecord sealed = new AuditRecord(head.lastSequence() + 1, ChainHash.truncate(Instant.now(clock)),
				actor.accountId(), clamp(actor.name(), MAX_ACTOR_NAME), clampOrNull(actor.clientAddress(), MAX_ADDRESS),
				action, targetType, targetId, details, head.lastHash(), "")
			.sealed();
		records.append(sealed);
		return sealed;
	}

	/** The details as JSON; details too long for their column are kept as a marked, shortened copy. */
	static String json(Map<String, ?> details) {
		String json = JSON.writeValueAsString(details);
		if (json.length() <= MAX_DETAILS) {
			return json;
		}
		// escaping can make one character six, so this much of the start fits whatever it holds
		String start = json.substring(0, MAX_DETAILS / 8);
		return JSON.writeValueAsString(Map.of("truncated", true, "length", json.length(), "start", start));
	}

	/** The value cut to at most {@code max} characters, never between the two halves of a surrogate pair. */
	static String clamp(String value, int max) {
		if (value.length() <= max) {
			return value;
		}
		return value.substring(0, Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max);
	}

	private static @Nullable String clampOrNull(@Nullable String value, int max) {
		return value == null ? null : clamp(value, max);
	}

	private static void requireCode(String what, String value) {
		if (value.isBlank() || value.length() > MAX_CODE) {
			throw new IllegalArgumentException("An audit " + what + " is 1 to " + MAX_CODE + " characters: " + value);
		}
	}

}
