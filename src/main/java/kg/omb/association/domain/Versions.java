package kg.omb.association.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import kg.omb.shared.BaseEntity;

/**
 * A change made to what the person saw. It is refused as a stale edit when someone changed the thing since; when it
 * goes ahead, the thing's version is raised at once and its row locked until the change commits, because many
 * changes touch only its parts (a new chair's term, a subsection, a council seat), which would leave the version
 * where it was and let a second person holding the same version through.
 */
@Component
class Versions {

	private final EntityManager entityManager;

	Versions(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	<T extends BaseEntity> T require(T entity, long expectedVersion) {
		if (entity.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(entity.getClass(), entity.getId());
		}
		entityManager.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		return entity;
	}

}
