package kg.omb.directory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.directory.ActCitation;
import kg.omb.directory.ActCitations;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;

/**
 * What a legal act changed in the classifier, for the act's page: the entries introduced or retired under it, read
 * from their history (and, for a retirement, from the entry itself), each once per kind of change.
 */
@Component
@Transactional(readOnly = true)
class ClassifierCitations implements ActCitations {

	private static final String RETIRED = "retired";

	private final ClassifierChanges changes;

	private final ClassifierEntries entries;

	ClassifierCitations(ClassifierChanges changes, ClassifierEntries entries) {
		this.changes = changes;
		this.entries = entries;
	}

	@Override
	public List<ActCitation> citing(long legalActId) {
		Map<String, ActCitation> cited = new LinkedHashMap<>();
		List<ClassifierChange> made = changes.findByLegalActIdOrderByChangedAtAscIdAsc(legalActId);
		Map<Long, ClassifierEntry> byId = new LinkedHashMap<>();
		entries.findAllById(made.stream().map(ClassifierChange::getEntryId).distinct().toList())
			.forEach(entry -> byId.put(entry.id(), entry));
		for (ClassifierChange change : made) {
			ClassifierEntry entry = byId.get(change.getEntryId());
			if (entry != null) {
				cited.putIfAbsent(entry.getCode() + "/" + change.getField(), citation(entry, change.getField(),
						change.getField().equals(RETIRED) && entry.getRetiredOn() != null ? entry.getRetiredOn()
								: LocalDate.ofInstant(change.getChangedAt(), Bishkek.ZONE)));
			}
		}
		for (ClassifierEntry entry : entries.findByRetiredByActIdOrderByCodeAsc(legalActId)) {
			cited.putIfAbsent(entry.getCode() + "/" + RETIRED, citation(entry, RETIRED, entry.getRetiredOn()));
		}
		return new ArrayList<>(cited.values());
	}

	private static ActCitation citation(ClassifierEntry entry, String field, @Nullable LocalDate on) {
		return new ActCitation("classifier.history.field." + field, withCode(entry), on, "/classifier/" + entry.getCode());
	}

	/** The entry's names, each after its code: {@code 580100 Экономика}. */
	private static LocalizedText withCode(ClassifierEntry entry) {
		LocalizedText name = entry.getName();
		return new LocalizedText(prefixed(entry.getCode(), name.ky()), prefixed(entry.getCode(), name.ru()),
				prefixed(entry.getCode(), name.en()));
	}

	private static @Nullable String prefixed(String code, @Nullable String text) {
		return text == null ? null : code + " " + text;
	}

}
