package kg.omb.review.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<ReviewAssignment, Long> {

	List<ReviewAssignment> findByRequestIdOrderByRoundAscOrdinalAsc(long requestId);

	List<ReviewAssignment> findByExpertIdOrderByIdDesc(long expertId);

	List<ReviewAssignment> findByStatusAndSubmitByLessThanEqual(AssignmentStatus status, LocalDate day);

	long countByRequestIdAndRoundAndStatusIn(long requestId, int round, Collection<AssignmentStatus> statuses);

	boolean existsByRequestIdAndRoundAndExpertId(long requestId, int round, long expertId);

}
