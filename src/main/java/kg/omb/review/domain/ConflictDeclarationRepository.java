package kg.omb.review.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConflictDeclarationRepository extends JpaRepository<ConflictDeclaration, Long> {

	@Query("select distinct c.expertId from ConflictDeclaration c where (c.subjectType = :type and c.subjectId = :id)"
			+ " or c.organizationId in :organizations")
	List<Long> expertsInConflict(String type, long id, Collection<Long> organizations);

}
