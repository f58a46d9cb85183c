package kg.omb.meetings.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;

interface OmbEventRepository extends Repository<OmbEvent, Long> {

	OmbEvent save(OmbEvent event);

	Optional<OmbEvent> findById(long id);

	/** The event, locked until the transaction ends: two people must never take the last place together. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<OmbEvent> findWithLockById(long id);

	List<OmbEvent> findByOrderByStartsAtDesc();

}
