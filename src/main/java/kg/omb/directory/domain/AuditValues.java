package kg.omb.directory.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import kg.omb.shared.LocalizedText;

/** Values as the audit trail keeps them: texts per language, sets as sorted names. */
final class AuditValues {

	private AuditValues() {
	}

	static Map<String, String> text(LocalizedText text) {
		Map<String, String> languages = new LinkedHashMap<>();
		if (text.ky() != null) {
			languages.put("ky", text.ky());
		}
		if (text.ru() != null) {
			languages.put("ru", text.ru());
		}
		if (text.en() != null) {
			languages.put("en", text.en());
		}
		return languages;
	}

	static String names(Collection<?> values) {
		TreeSet<String> sorted = new TreeSet<>();
		values.forEach(value -> sorted.add(String.valueOf(value)));
		return String.join(",", sorted);
	}

}
