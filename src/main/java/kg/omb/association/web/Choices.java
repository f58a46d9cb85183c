package kg.omb.association.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.Directory;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.OrganizationView;
import kg.omb.shared.Bishkek;

/**
 * What the console's selects offer from the directory: groups in force, universities (base organisations, §14),
 * teaching organisations (leading organisations, §19), and the directions and specialties within an OMB's groups.
 */
@Component
class Choices {

	private final Directory directory;

	private final Clock clock;

	Choices(Directory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	List<ClassifierEntryView> groupsInForce() {
		LocalDate today = Bishkek.today(clock);
		return directory.classifier(ClassifierKind.GROUP).stream().filter(group -> group.usableOn(today)).toList();
	}

	List<OrganizationView> universities() {
		return directory.organizations()
			.stream()
			.filter(organization -> organization.kind() == OrganizationKind.UNIVERSITY)
			.toList();
	}

	List<OrganizationView> teachingOrganizations() {
		return directory.organizations().stream().filter(organization -> organization.kind().teaches()).toList();
	}

	List<OrganizationView> organizations() {
		return directory.organizations();
	}

	/** Directions and specialties in force whose group (directly or through a direction) is one of these. */
	List<ClassifierEntryView> withinGroups(Set<String> groupCodes) {
		LocalDate today = Bishkek.today(clock);
		List<ClassifierEntryView> candidates = Stream
			.concat(directory.classifier(ClassifierKind.DIRECTION).stream(),
					directory.classifier(ClassifierKind.SPECIALTY).stream())
			.toList();
		Map<String, ClassifierEntryView> byCode = new HashMap<>();
		candidates.forEach(entry -> byCode.put(entry.code(), entry));
		return candidates.stream()
			.filter(entry -> entry.usableOn(today) && inGroups(entry, byCode, groupCodes))
			.sorted(java.util.Comparator.comparing(ClassifierEntryView::code))
			.toList();
	}

	private static boolean inGroups(ClassifierEntryView entry, Map<String, ClassifierEntryView> byCode,
			Set<String> groupCodes) {
		ClassifierEntryView current = entry;
		for (int depth = 0; depth < 3 && current != null && current.parentCode() != null; depth++) {
			if (groupCodes.contains(current.parentCode())) {
				return true;
			}
			current = byCode.get(current.parentCode());
		}
		return false;
	}

}
