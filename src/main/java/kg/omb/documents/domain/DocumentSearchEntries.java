package kg.omb.documents.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import kg.omb.association.Associations;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationLevelView;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.documents.DocumentStatus;
import kg.omb.search.Facet;
import kg.omb.search.FacetValue;
import kg.omb.search.SearchEntry;
import kg.omb.search.SearchIndex;
import kg.omb.search.SearchText;
import kg.omb.search.SearchableContent;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.html.RichText;

/**
 * What the portal's search knows of the documents: each document that has a published version, and each part of
 * its latest published version, with the document's kind, OMB, levels, specialties, status and year as facets.
 * A document that was never published is not in the index at all.
 */
@Component
class DocumentSearchEntries {

	static final String DOCUMENT = "document";

	static final String CLAUSE = "clause";

	private final DocumentRepository documents;

	private final VersionRepository versions;

	private final ClauseRepository clauses;

	private final SearchIndex index;

	private final Associations associations;

	private final Directory directory;

	private final LegalActs acts;

	private final MessageSource messages;

	DocumentSearchEntries(DocumentRepository documents, VersionRepository versions, ClauseRepository clauses,
			SearchIndex index, Associations associations, Directory directory, LegalActs acts, MessageSource messages) {
		this.documents = documents;
		this.versions = versions;
		this.clauses = clauses;
		this.index = index;
		this.associations = associations;
		this.directory = directory;
		this.acts = acts;
		this.messages = messages;
	}

	/** Brings the document's entries in line with it; runs in the caller's transaction. */
	void refresh(NormativeDocument document) {
		Optional<Entries> entries = entries(document);
		if (entries.isEmpty()) {
			index.remove(DOCUMENT, document.id());
			index.replaceParts(CLAUSE, document.id(), List.of());
			return;
		}
		index.put(entries.get().document());
		index.replaceParts(CLAUSE, document.id(), entries.get().clauses());
	}

	Stream<Entries> all() {
		return documents.findAll().stream().map(this::entries).flatMap(Optional::stream);
	}

	private Optional<Entries> entries(NormativeDocument document) {
		Optional<DocumentVersion> published = versions.findByDocumentIdOrderByNumber(document.id())
			.stream()
			.filter(DocumentVersion::isPublished)
			.max(Comparator.comparingInt(DocumentVersion::getNumber));
		if (published.isEmpty()) {
			return Optional.empty();
		}
		DocumentVersion version = published.get();
		LocalDate date = date(document, version);
		List<FacetValue> facets = facets(document, date);
		String path = "/documents/" + document.id();
		List<Clause> parts = clauses.findByDocumentVersionOrderByPositionAscIdAsc(version);
		List<SearchEntry> clauseEntries = new ArrayList<>();
		for (Clause clause : parts) {
			String text = RichText.plainText(clause.getHtml());
			String label = (clause.getNumber() + " " + (clause.getHeading() == null ? "" : clause.getHeading())).strip();
			clauseEntries.add(new SearchEntry(CLAUSE, clause.id(), path + "#clause-" + clause.getKey(),
					titled(document.getTitle(), label), SearchText.inItsLanguage(text), date, facets));
		}
		String summary = version.getSummary() == null ? "" : version.getSummary();
		SearchEntry entry = new SearchEntry(DOCUMENT, document.id(), path, document.getTitle(),
				SearchText.inItsLanguage((String.join(" ", document.getCodes()) + " " + summary).strip()), date, facets);
		return Optional.of(new Entries(document.id(), entry, clauseEntries));
	}

	/** "Title — 3.2 Heading" in each language the title has. */
	private static LocalizedText titled(LocalizedText title, String label) {
		Function<String, String> join = name -> name == null ? null : label.isEmpty() ? name : name + " — " + label;
		return new LocalizedText(join.apply(title.ky()), join.apply(title.ru()), join.apply(title.en()));
	}

	/** The day the document took effect when it did, else the day its latest version was published. */
	private LocalDate date(NormativeDocument document, DocumentVersion version) {
		Long actId = document.getInForceActId();
		if (actId != null) {
			Optional<LocalDate> effective = acts.find(actId).map(LegalActView::effectiveOn);
			if (effective.isPresent()) {
				return effective.get();
			}
		}
		return version.getPublishedAt() == null ? null
				: version.getPublishedAt().atZone(Bishkek.ZONE).toLocalDate();
	}

	private List<FacetValue> facets(NormativeDocument document, LocalDate date) {
		List<FacetValue> facets = new ArrayList<>();
		facets.add(FacetValue.of(Facet.KIND, document.getKind().name(), message("documents.kind." + document.getKind())));
		DocumentStatus status = document.getStatus();
		facets.add(FacetValue.of(Facet.STATUS, status.name(), message("documents.status." + status)));
		associations.find(document.getAssociationId())
			.ifPresent(association -> facets.add(FacetValue.of(Facet.ASSOCIATION, String.valueOf(association.id()),
					association.name())));
		Map<String, EducationLevelView> levels = directory.levels()
			.stream()
			.collect(Collectors.toMap(EducationLevelView::code, Function.identity()));
		for (String level : document.getLevels()) {
			EducationLevelView view = levels.get(level);
			facets.add(FacetValue.of(Facet.LEVEL, level, view == null ? new LocalizedText(level, null, null) : view.name()));
		}
		for (ClassifierEntryView entry : directory.classifierEntries(document.getCodes())) {
			LocalizedText name = entry.name();
			facets.add(FacetValue.of(Facet.SPECIALTY, entry.code(), new LocalizedText(prefixed(entry.code(), name.ky()),
					prefixed(entry.code(), name.ru()), prefixed(entry.code(), name.en()))));
		}
		if (date != null) {
			String year = String.valueOf(date.getYear());
			facets.add(FacetValue.of(Facet.YEAR, year, LocalizedText.of(year, year, year)));
		}
		return facets;
	}

	private static String prefixed(String code, String name) {
		return name == null ? null : code + " " + name;
	}

	private LocalizedText message(String key) {
		return SearchText.message(messages, key);
	}

	record Entries(long documentId, SearchEntry document, List<SearchEntry> clauses) {
	}

	/** The documents and their clauses for a full reindex. */
	@Configuration(proxyBeanMethods = false)
	static class Content {

		@Bean
		SearchableContent documentSearchContent(DocumentSearchEntries entries) {
			return new SearchableContent() {

				@Override
				public String type() {
					return DOCUMENT;
				}

				@Override
				public Stream<Part> entries() {
					return entries.all().map(found -> Part.whole(found.document()));
				}

			};
		}

		@Bean
		SearchableContent clauseSearchContent(DocumentSearchEntries entries) {
			return new SearchableContent() {

				@Override
				public String type() {
					return CLAUSE;
				}

				@Override
				public Stream<Part> entries() {
					return entries.all()
						.flatMap(found -> found.clauses().stream().map(clause -> new Part(found.documentId(), clause)));
				}

			};
		}

	}

}
