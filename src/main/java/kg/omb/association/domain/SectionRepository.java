package kg.omb.association.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SectionRepository extends Repository<Section, Long> {

	Section save(Section section);

	Optional<Section> findById(long id);

	List<Section> findByAssociationIdOrderByIdAsc(long associationId);

	List<Section> findByLeadingOrganizationIdOrCentreOrganizationId(long leadingOrganizationId,
			long centreOrganizationId);

	List<Section> findByAssociationIdInOrderByIdAsc(Collection<Long> associationIds);

}
