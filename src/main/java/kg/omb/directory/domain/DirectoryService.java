package kg.omb.directory.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.directory.AuthorityView;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationLevelView;
import kg.omb.directory.OrganizationView;
import kg.omb.shared.DomainException;

/** The directory as other modules read it. */
@Service
@Transactional(readOnly = true)
class DirectoryService implements Directory {

	private final Organizations organizations;

	private final AuthorizedBodies authorities;

	private final EducationLevels levels;

	private final ClassifierEntries entries;

	DirectoryService(Organizations organizations, AuthorizedBodies authorities, EducationLevels levels,
			ClassifierEntries entries) {
		this.organizations = organizations;
		this.authorities = authorities;
		this.levels = levels;
		this.entries = entries;
	}

	@Override
	public Optional<OrganizationView> organization(long id) {
		return organizations.findById(id).map(Organization::view);
	}

	@Override
	public List<OrganizationView> organizations(Collection<Long> ids) {
		return organizations.findAllById(ids).stream().map(Organization::view).toList();
	}

	@Override
	public List<OrganizationView> organizations() {
		return organizations.findAll().stream()
			.map(Organization::view)
			.sorted(Comparator.comparing((OrganizationView view) -> view.name().in(java.util.Locale.ROOT))
				.thenComparing(OrganizationView::code))
			.toList();
	}

	@Override
	public Optional<AuthorityView> authority(long id) {
		return authorities.findById(id).map(AuthorizedBody::view);
	}

	@Override
	public List<AuthorityView> authorities() {
		return authorities.findAllByOrderByCodeAsc().stream().map(AuthorizedBody::view).toList();
	}

	@Override
	public List<EducationLevelView> levels() {
		return levels.findAllByOrderByPositionAscCodeAsc().stream().map(EducationLevel::view).toList();
	}

	@Override
	public Optional<ClassifierEntryView> classifierEntry(String code) {
		return entries.findByCode(code.strip()).map(ClassifierEntry::view);
	}

	@Override
	public List<ClassifierEntryView> classifierEntries(Collection<String> codes) {
		return entries.findByCodeIn(codes).stream().map(ClassifierEntry::view).toList();
	}

	@Override
	public List<ClassifierEntryView> classifier(ClassifierKind kind) {
		return entries.findByKindOrderByCodeAsc(kind).stream().map(ClassifierEntry::view).toList();
	}

	@Override
	public ClassifierEntryView requireUsable(String code, LocalDate day) {
		ClassifierEntryView entry = classifierEntry(code)
			.orElseThrow(() -> new DomainException("classifier.error.unknown-code", code));
		if (!entry.usableOn(day)) {
			throw new DomainException("classifier.error.retired-code", entry.code());
		}
		return entry;
	}

}
