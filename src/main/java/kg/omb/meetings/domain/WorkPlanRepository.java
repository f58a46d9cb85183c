package kg.omb.meetings.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface WorkPlanRepository extends Repository<WorkPlan, Long> {

	WorkPlan save(WorkPlan plan);

	Optional<WorkPlan> findById(long id);

	Optional<WorkPlan> findByAssociationIdAndYear(long associationId, int year);

	List<WorkPlan> findByAssociationIdInOrderByYearDesc(Collection<Long> associationIds);

}
