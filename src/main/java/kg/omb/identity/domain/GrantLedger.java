package kg.omb.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Role grants as the administration reads and changes them. */
interface GrantLedger extends Repository<RoleGrant, Long> {

	Optional<RoleGrant> findById(long id);

	RoleGrant save(RoleGrant grant);

	List<RoleGrant> findByAccountIdOrderByValidFromDescIdDesc(long accountId);

	@Query("""
			select g from RoleGrant g
			where g.accountId in :accountIds and g.revokedAt is null
			  and g.validFrom <= :now and (g.validTo is null or g.validTo > :now)
			order by g.role, g.scopeType, g.scopeId""")
	List<RoleGrant> findEffective(Collection<Long> accountIds, Instant now);

	/** The grants of the account not revoked and not yet over: in force now or starting later. */
	@Query("""
			select g from RoleGrant g
			where g.accountId = :accountId and g.revokedAt is null and (g.validTo is null or g.validTo > :now)
			order by g.validFrom, g.id""")
	List<RoleGrant> findLive(long accountId, Instant now);

	/**
	 * The ADMIN grants effective now, locked until the transaction ends, so that two administrators revoking
	 * each other at the same moment cannot leave the platform without one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select g from RoleGrant g
			where g.role = kg.omb.identity.Role.ADMIN and g.revokedAt is null
			  and g.validFrom <= :now and (g.validTo is null or g.validTo > :now)""")
	List<RoleGrant> lockEffectiveAdminGrants(Instant now);

}
