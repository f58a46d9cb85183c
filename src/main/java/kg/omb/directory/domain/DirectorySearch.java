package kg.omb.directory.domain;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.OrganizationView;
import kg.omb.shared.NotFoundException;

/** What the public pages and the open API look up: organisations by filter, the whole classifier, its history. */
@Service
@Transactional(readOnly = true)
public class DirectorySearch {

	public static final int MAX_PAGE_SIZE = 200;

	private final Organizations organizations;

	private final ClassifierEntries entries;

	private final ClassifierChanges changes;

	DirectorySearch(Organizations organizations, ClassifierEntries entries, ClassifierChanges changes) {
		this.organizations = organizations;
		this.entries = entries;
		this.changes = changes;
	}

	/** A page of the organisations matching the filter, by name in the language (then by code). */
	public Page<OrganizationView> organizations(OrganizationFilter filter, int page, int size, Locale language) {
		String column = switch (language.getLanguage()) {
			case "ru" -> "name.ru";
			case "en" -> "name.en";
			default -> "name.ky";
		};
		var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
				Sort.by(Sort.Order.asc(column).nullsLast(), Sort.Order.asc("code")));
		return organizations.findAll(OrganizationSearch.matching(filter), request).map(Organization::view);
	}

	/** Every entry of the classifier, retired ones too, by code. */
	public List<ClassifierEntryView> classifier() {
		return entries.findAllByOrderByCodeAsc().stream().map(ClassifierEntry::view).toList();
	}

	/** The changes of an entry, oldest first. */
	public List<ClassifierChangeView> history(String code) {
		ClassifierEntry entry = entries.findByCode(code)
			.orElseThrow(() -> new NotFoundException("classifier.error.unknown-code", code));
		return changes.findByEntryIdOrderByChangedAtAscIdAsc(entry.id()).stream().map(ClassifierChange::view).toList();
	}

}
