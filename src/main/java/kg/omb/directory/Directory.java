package kg.omb.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import kg.omb.shared.DomainException;

/** The directory module's API for other modules: organisations, authorities and the classifier. */
public interface Directory {

	Optional<OrganizationView> organization(long id);

	/** The organisations with these ids, in no particular order; unknown ids are left out. */
	List<OrganizationView> organizations(Collection<Long> ids);

	/** Every organisation, by name. */
	List<OrganizationView> organizations();

	Optional<AuthorityView> authority(long id);

	List<AuthorityView> authorities();

	List<EducationLevelView> levels();

	Optional<ClassifierEntryView> classifierEntry(String code);

	/** The entries with these codes, in no particular order; unknown codes are left out. */
	List<ClassifierEntryView> classifierEntries(Collection<String> codes);

	/** Every entry of a kind (retired ones too), by code. */
	List<ClassifierEntryView> classifier(ClassifierKind kind);

	/**
	 * The entry, if it may be used for something new on the day.
	 * @throws DomainException {@code classifier.error.unknown-code} or {@code classifier.error.retired-code}, with
	 * the code as argument
	 */
	ClassifierEntryView requireUsable(String code, LocalDate day);

}
