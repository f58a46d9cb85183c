package kg.omb.surveys.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyAnswers extends JpaRepository<SurveyAnswer, Long> {

	List<SurveyAnswer> findByRoundIdOrderById(long roundId);

	List<SurveyAnswer> findByOrganizationIdInOrderByIdDesc(Collection<Long> organizationIds);

	Optional<SurveyAnswer> findByRoundIdAndOrganizationId(long roundId, long organizationId);

}
