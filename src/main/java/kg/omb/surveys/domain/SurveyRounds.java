package kg.omb.surveys.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRounds extends JpaRepository<SurveyRound, Long> {

	List<SurveyRound> findByTemplateIdOrderByYearAsc(long templateId);

	List<SurveyRound> findByIdIn(Collection<Long> ids);

	List<SurveyRound> findByClosedFalseAndDeadlineGreaterThanEqual(java.time.LocalDate day);

	List<SurveyRound> findByPublishedTrueOrderByYearDesc();

	boolean existsByTemplateIdAndYear(long templateId, int year);

}
