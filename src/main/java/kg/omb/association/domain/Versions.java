package kg.omb.association.domain;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

import kg.omb.shared.BaseEntity;

/** A change made to what the person saw: refused as a stale edit when someone changed it since. */
final class Versions {

	private Versions() {
	}

	static <T extends BaseEntity> T require(T entity, long expectedVersion) {
		if (entity.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(entity.getClass(), entity.getId());
		}
		return entity;
	}

}
