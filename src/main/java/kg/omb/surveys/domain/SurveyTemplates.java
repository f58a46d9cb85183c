package kg.omb.surveys.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyTemplates extends JpaRepository<SurveyTemplate, Long> {

	List<SurveyTemplate> findByOwnerTypeAndOwnerIdInOrderByIdDesc(OwnerType ownerType, Collection<Long> ownerIds);

	List<SurveyTemplate> findAllByOrderByIdDesc();

}
