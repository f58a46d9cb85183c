package kg.omb.notifications.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NotificationRepository extends Repository<Notification, Long> {

	Notification save(Notification notification);

	Optional<Notification> findByIdAndAccountId(long id, long accountId);

	Page<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable pageable);

	long countByAccountIdAndReadAtIsNull(long accountId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notification n set n.readAt = :now where n.accountId = :accountId and n.readAt is null")
	int markAllRead(long accountId, Instant now);

	/** Unread notifications of the account that no e-mail has carried yet, oldest first, locked for mailing. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select n from Notification n
			where n.accountId = :accountId and n.mailedAt is null and n.readAt is null
			order by n.createdAt, n.id""")
	List<Notification> findAwaitingMail(long accountId);

	/** Accounts that chose the daily digest and have unread notifications no e-mail has carried yet. */
	@Query("""
			select distinct n.accountId from Notification n, DeliveryPreference p
			where p.accountId = n.accountId and p.delivery = kg.omb.notifications.domain.Delivery.DAILY_DIGEST
			  and n.mailedAt is null and n.readAt is null
			order by n.accountId""")
	List<Long> findAccountsAwaitingDigest();

}
