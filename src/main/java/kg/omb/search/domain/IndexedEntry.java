package kg.omb.search.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

import kg.omb.search.Facet;
import kg.omb.search.FacetValue;
import kg.omb.search.SearchEntry;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.LocalizedText;

/**
 * An entry of the search index, kept in the database so that the index can be rebuilt from it: each language's
 * title and text go through that language's analyzer (Kyrgyz stems, Russian and English Lucene's), the facets are
 * terms such as {@code kind:STATE_STANDARD_HIGHER}.
 */
@Entity
@Table(name = "search_entry")
@Indexed(index = "content")
class IndexedEntry extends BaseEntity {

	static final String WHOLE = "whole";

	@KeywordField
	@Column(name = "type", nullable = false, updatable = false)
	private String type;

	@Column(name = "source_id", nullable = false, updatable = false)
	private long sourceId;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Column(name = "path", nullable = false)
	private String path;

	@FullTextField(name = "title_ky", analyzer = PortalAnalysis.KYRGYZ, highlightable = Highlightable.ANY,
			projectable = Projectable.YES)
	@Column(name = "title_ky")
	private @Nullable String titleKy;

	@FullTextField(name = "title_ru", analyzer = PortalAnalysis.RUSSIAN, highlightable = Highlightable.ANY,
			projectable = Projectable.YES)
	@Column(name = "title_ru")
	private @Nullable String titleRu;

	@FullTextField(name = "title_en", analyzer = PortalAnalysis.ENGLISH, highlightable = Highlightable.ANY,
			projectable = Projectable.YES)
	@Column(name = "title_en")
	private @Nullable String titleEn;

	@FullTextField(name = "text_ky", analyzer = PortalAnalysis.KYRGYZ, highlightable = Highlightable.ANY,
			projectable = Projectable.YES)
	@Column(name = "text_ky")
	private @Nullable String textKy;

	@FullTextField(name = "text_ru", analyzer = PortalAnalysis.RUSSIAN, highlightable = Highlightable.ANY,
			projectable = Projectable.YES)
	@Column(name = "text_ru")
	private @Nullable String textRu;

	@FullTextField(name = "text_en", analyzer = PortalAnalysis.ENGLISH, highlightable = Highlightable.ANY,
			projectable = Projectable.YES)
	@Column(name = "text_en")
	private @Nullable String textEn;

	@GenericField(name = "date", sortable = Sortable.YES)
	@Column(name = "entry_date")
	private @Nullable LocalDate date;

	@KeywordField(name = "facet", aggregable = Aggregable.YES)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "search_entry_facet", joinColumns = @JoinColumn(name = "entry_id"))
	@Column(name = "term", nullable = false)
	private Set<String> facets = new HashSet<>();

	protected IndexedEntry() {
		this.type = "";
		this.path = "/";
	}

	IndexedEntry(String type, long sourceId) {
		this.type = type;
		this.sourceId = sourceId;
		this.path = "/";
	}

	/** Takes the entry's content, replacing what was there. */
	void update(long owner, SearchEntry entry) {
		this.ownerId = owner;
		this.path = entry.path();
		this.titleKy = entry.title().ky();
		this.titleRu = entry.title().ru();
		this.titleEn = entry.title().en();
		this.textKy = entry.text().ky();
		this.textRu = entry.text().ru();
		this.textEn = entry.text().en();
		this.date = entry.date();
		Set<String> terms = new HashSet<>();
		terms.add(Facet.TYPE.term(entry.type()));
		entry.facets().stream().map(FacetValue::term).forEach(terms::add);
		if (!terms.equals(facets)) {
			facets.clear();
			facets.addAll(terms);
		}
	}

	String getType() {
		return type;
	}

	long getSourceId() {
		return sourceId;
	}

	long getOwnerId() {
		return ownerId;
	}

	String getPath() {
		return path;
	}

	/** A page of its own, not a part of one: a part's address points into its page ({@code /documents/7#clause-3}). */
	@GenericField(name = WHOLE)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "path")))
	boolean isWhole() {
		return path.indexOf('#') < 0;
	}

	LocalizedText title() {
		return new LocalizedText(titleKy, titleRu, titleEn);
	}

	LocalizedText text() {
		return new LocalizedText(textKy, textRu, textEn);
	}

	@Nullable
	LocalDate getDate() {
		return date;
	}

	Set<String> getFacets() {
		return Set.copyOf(facets);
	}

}
