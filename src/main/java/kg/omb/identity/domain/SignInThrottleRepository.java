package kg.omb.identity.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import kg.omb.identity.domain.SignInThrottle.KeyType;

interface SignInThrottleRepository extends JpaRepository<SignInThrottle, Long> {

	Optional<SignInThrottle> findByKeyTypeAndKeyValue(KeyType keyType, String keyValue);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from SignInThrottle t where t.keyType = :keyType and t.keyValue = :keyValue")
	Optional<SignInThrottle> lock(KeyType keyType, String keyValue);

	/** Forgets keys whose window began before the given time and that are not locked any more. */
	@Modifying
	@Query("""
			delete from SignInThrottle t
			where t.windowStartedAt < :before and (t.lockedUntil is null or t.lockedUntil < :now)""")
	int deleteStale(Instant before, Instant now);

}
