package kg.omb.directory.domain;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

import kg.omb.shared.BaseEntity;

/** A stale edit is refused: the person changed what they saw, and someone else changed it since. */
final class Versions {

	private Versions() {
	}

	static void require(BaseEntity entity, long expectedVersion) {
		if (entity.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(entity.getClass(), entity.id());
		}
	}

}
