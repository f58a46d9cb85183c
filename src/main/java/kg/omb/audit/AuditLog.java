package kg.omb.audit;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The one API through which every module records a security event or a state change. The actor, the client
 * address and the server time are taken from the current request; the entry is written in the caller's transaction,
 * so it exists exactly when the change does.
 * <p>
 * Entries form a hash chain with gapless sequence numbers, so appends take turns: the chain stays locked from the
 * first {@code record} until the caller's transaction ends. Record as the last step before the transaction commits,
 * keep that transaction short, and never record from a read-only transaction (it is refused). Security events are
 * named {@code security.*} ({@code security.login.failed}, {@code security.account.locked}, ...), so that the audit
 * page can show them all with one filter.
 */
public interface AuditLog {

	/**
	 * @param action what happened, dotted and past tense: {@code account.deactivated}, {@code role.granted}
	 * @param targetType the kind of record: {@code account}, {@code association}
	 * @param targetId its id, if there is one
	 * @param details anything else worth keeping, stored as JSON
	 */
	void record(String action, String targetType, @Nullable Object targetId, Map<String, ?> details);

	default void record(String action, String targetType, @Nullable Object targetId) {
		record(action, targetType, targetId, Map.of());
	}

}
