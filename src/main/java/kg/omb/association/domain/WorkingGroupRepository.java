package kg.omb.association.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface WorkingGroupRepository extends Repository<WorkingGroup, Long> {

	WorkingGroup save(WorkingGroup group);

	Optional<WorkingGroup> findById(long id);

	List<WorkingGroup> findByAssociationIdOrderByDeadlineAsc(long associationId);

}
