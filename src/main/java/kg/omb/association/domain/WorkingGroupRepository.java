package kg.omb.association.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WorkingGroupRepository extends Repository<WorkingGroup, Long> {

	WorkingGroup save(WorkingGroup group);

	Optional<WorkingGroup> findById(long id);

	List<WorkingGroup> findByAssociationIdOrderByDeadlineAsc(long associationId);

	@Query("select distinct g from WorkingGroup g join g.participants p where p.accountId = :accountId")
	List<WorkingGroup> findByParticipantAccountId(long accountId);

}
