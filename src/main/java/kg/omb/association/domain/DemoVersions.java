package kg.omb.association.domain;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.NotFoundException;

/**
 * The version of an association, section, working group or council as it is now, for the demo data to pass to the
 * services the way a form passes the version the person saw. Read only: every change goes through the services.
 */
@Component
@ConditionalOnBooleanProperty("omb.demo-data.enabled")
class DemoVersions {

	private final AssociationRepository associations;

	private final SectionRepository sections;

	private final WorkingGroupRepository workingGroups;

	private final CouncilRepository councils;

	DemoVersions(AssociationRepository associations, SectionRepository sections,
			WorkingGroupRepository workingGroups, CouncilRepository councils) {
		this.associations = associations;
		this.sections = sections;
		this.workingGroups = workingGroups;
		this.councils = councils;
	}

	long association(long id) {
		return version(associations.findById(id), id);
	}

	long section(long id) {
		return version(sections.findById(id), id);
	}

	long workingGroup(long id) {
		return version(workingGroups.findById(id), id);
	}

	long council(long id) {
		return version(councils.findById(id), id);
	}

	private static long version(Optional<? extends BaseEntity> entity, long id) {
		return entity.map(BaseEntity::getVersion)
			.orElseThrow(() -> new NotFoundException("association.error.not-found", id));
	}

}
