package kg.omb.identity.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

	@Modifying(flushAutomatically = true)
	@Query("delete from AccountToken t where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null")
	int deleteUnused(long accountId, TokenPurpose purpose);

	@Modifying
	@Query("delete from AccountToken t where t.expiresAt < :before")
	int deleteExpiredBefore(Instant before);

}
