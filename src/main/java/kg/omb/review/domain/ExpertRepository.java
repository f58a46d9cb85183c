package kg.omb.review.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExpertRepository extends JpaRepository<Expert, Long> {

	Optional<Expert> findByAccountId(long accountId);

	@EntityGraph(attributePaths = { "organizationIds", "specialtyCodes", "languages" })
	List<Expert> findByStatusOrderByPersonNameAsc(ExpertStatus status);

	@EntityGraph(attributePaths = { "organizationIds", "specialtyCodes", "languages" })
	List<Expert> findByStatusInOrderByPersonNameAsc(Collection<ExpertStatus> statuses);

	/** Active reviews per expert: invitations not yet answered and accepted reviews not yet submitted. */
	@Query("select a.expertId, count(a) from ReviewAssignment a where a.status in :statuses group by a.expertId")
	List<Object[]> loads(Collection<AssignmentStatus> statuses);

	default List<Object[]> activeLoads() {
		return loads(AssignmentStatus.ACTIVE);
	}

}
