package kg.omb.search.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.search.FacetValue;
import kg.omb.search.SearchEntry;
import kg.omb.search.SearchIndex;

/**
 * Keeps the search entries in the database; Hibernate Search indexes each change when the caller's transaction
 * commits. Facet labels are kept as the content last named them.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class SearchIndexService implements SearchIndex {

	private final IndexedEntryRepository entries;

	private final FacetLabelRepository labels;

	SearchIndexService(IndexedEntryRepository entries, FacetLabelRepository labels) {
		this.entries = entries;
		this.labels = labels;
	}

	@Override
	public void put(SearchEntry entry) {
		write(entry.sourceId(), entry);
	}

	@Override
	public void remove(String type, long sourceId) {
		entries.findByTypeAndSourceId(type, sourceId).ifPresent(entries::delete);
	}

	@Override
	public void replaceParts(String type, long ownerId, List<SearchEntry> parts) {
		Map<Long, SearchEntry> wanted = new HashMap<>();
		for (SearchEntry part : parts) {
			if (!part.type().equals(type)) {
				throw new IllegalArgumentException("A part of type " + part.type() + " among parts of type " + type);
			}
			wanted.put(part.sourceId(), part);
		}
		Map<Long, IndexedEntry> kept = new HashMap<>();
		for (IndexedEntry existing : entries.findByTypeAndOwnerId(type, ownerId)) {
			if (wanted.containsKey(existing.getSourceId())) {
				kept.put(existing.getSourceId(), existing);
			}
			else {
				entries.delete(existing);
			}
		}
		entries.flush();
		wanted.values().forEach(part -> write(ownerId, part, kept.get(part.sourceId())));
	}

	/** Writes an entry that belongs to {@code ownerId}; also what a full reindex calls. */
	void write(long ownerId, SearchEntry entry) {
		write(ownerId, entry, entries.findByTypeAndSourceId(entry.type(), entry.sourceId()).orElse(null));
	}

	/** Writes the entry over {@code existing}, the one of the same type and source, or as a new one. */
	private void write(long ownerId, SearchEntry entry, @Nullable IndexedEntry existing) {
		IndexedEntry indexed = existing != null ? existing : new IndexedEntry(entry.type(), entry.sourceId());
		indexed.update(ownerId, entry);
		entries.save(indexed);
		for (FacetValue value : entry.facets()) {
			labels.findById(value.term())
				.ifPresentOrElse(label -> label.name(value.label()),
						() -> labels.save(new FacetLabel(value.term(), value.label())));
		}
	}

}
