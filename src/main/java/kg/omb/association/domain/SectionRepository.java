package kg.omb.association.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SectionRepository extends Repository<Section, Long> {

	Section save(Section section);

	Optional<Section> findById(long id);

	/**
	 * The section about to change: its version goes up when the transaction commits even if only its parts changed,
	 * so that two people changing it at once cannot both succeed.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select x from Section x where x.id = :id")
	Optional<Section> findForChange(long id);

	List<Section> findByAssociationIdOrderByIdAsc(long associationId);

	List<Section> findByLeadingOrganizationIdOrCentreOrganizationId(long leadingOrganizationId,
			long centreOrganizationId);

	List<Section> findByAssociationIdInOrderByIdAsc(Collection<Long> associationIds);

}
