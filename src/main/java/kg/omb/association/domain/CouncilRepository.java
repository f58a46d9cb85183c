package kg.omb.association.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CouncilRepository extends Repository<ConsultativeCouncil, Long> {

	ConsultativeCouncil save(ConsultativeCouncil council);

	Optional<ConsultativeCouncil> findById(long id);

	/**
	 * The council about to change: its version goes up when the transaction commits even if only its parts changed,
	 * so that two people changing it at once cannot both succeed.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select x from ConsultativeCouncil x where x.id = :id")
	Optional<ConsultativeCouncil> findForChange(long id);

	Optional<ConsultativeCouncil> findByAuthorityId(long authorityId);

	List<ConsultativeCouncil> findAllByOrderByIdAsc();

}
