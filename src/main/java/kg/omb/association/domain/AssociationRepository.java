package kg.omb.association.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import kg.omb.association.AssociationStatus;

interface AssociationRepository extends Repository<Association, Long> {

	Association save(Association association);

	Optional<Association> findById(long id);

	List<Association> findAllByOrderByIdAsc();

	List<Association> findByAuthorityIdOrderByIdAsc(long authorityId);

	@Query("""
			select distinct a from Association a join a.groupCodes g
			where a.status = :status and g in :groupCodes""")
	List<Association> findByStatusCoveringAnyGroup(AssociationStatus status, Collection<String> groupCodes);

}
