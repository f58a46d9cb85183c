package kg.omb.identity.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import kg.omb.identity.Role;

interface RoleGrantRepository extends JpaRepository<RoleGrant, Long> {

	List<RoleGrant> findByAccountIdOrderByValidFromDesc(long accountId);

	@Query("""
			select g from RoleGrant g
			where g.accountId = :accountId and g.revokedAt is null
			  and g.validFrom <= :now and (g.validTo is null or g.validTo > :now)""")
	List<RoleGrant> findEffective(long accountId, Instant now);

	@Query("""
			select g from RoleGrant g
			where g.role = :role and g.revokedAt is null
			  and g.validFrom <= :now and (g.validTo is null or g.validTo > :now)""")
	List<RoleGrant> findEffectiveByRole(Role role, Instant now);

}
