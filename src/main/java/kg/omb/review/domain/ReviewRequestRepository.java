package kg.omb.review.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRequestRepository extends JpaRepository<ReviewRequest, Long> {

	Optional<ReviewRequest> findFirstBySubjectTypeAndSubjectIdOrderByIdDesc(String subjectType, long subjectId);

	List<ReviewRequest> findByAssociationIdInOrderByIdDesc(Collection<Long> associationIds);

	List<ReviewRequest> findAllByOrderByIdDesc();

}
