package kg.omb.association.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import kg.omb.association.AssociationStatus;

interface AssociationRepository extends Repository<Association, Long> {

	Association save(Association association);

	Optional<Association> findById(long id);

	/**
	 * The association about to change: its version goes up when the transaction commits even if only its parts changed,
	 * so that two people changing it at once cannot both succeed.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select x from Association x where x.id = :id")
	Optional<Association> findForChange(long id);

	List<Association> findAllByOrderByIdAsc();

	List<Association> findByAuthorityIdOrderByIdAsc(long authorityId);

	@Query("""
			select distinct a from Association a join a.groupCodes g
			where a.status = :status and g in :groupCodes""")
	List<Association> findByStatusCoveringAnyGroup(AssociationStatus status, Collection<String> groupCodes);

}
