package kg.omb.notifications.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MailOutboxRepository extends Repository<OutboxMessage, Long> {

	OutboxMessage save(OutboxMessage message);

	Optional<OutboxMessage> findById(long id);

	/** Pending messages whose next attempt is due, the longest waiting first. */
	@Query("""
			select m.id from OutboxMessage m
			where m.status = kg.omb.notifications.domain.OutboxStatus.PENDING and m.nextAttemptAt <= :now
			order by m.nextAttemptAt, m.id""")
	List<Long> findDue(Instant now, Limit limit);

	List<OutboxMessage> findByRecipientAddressOrderById(String recipientAddress);

	long countByStatus(OutboxStatus status);

}
