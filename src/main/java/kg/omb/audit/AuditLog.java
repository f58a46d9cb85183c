package kg.omb.audit;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The one API through which every module records a security event or a state change. The actor, the client
 * address and the server time are taken from the current request; the entry is written in the caller's transaction,
 * so it exists exactly when the change does.
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
