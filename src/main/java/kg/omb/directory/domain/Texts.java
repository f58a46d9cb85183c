package kg.omb.directory.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.EducationSector;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.Strings;

/** Small helpers that tidy the values entities keep: trimmed text, empty names as an empty text, copied sets. */
final class Texts {

	static final LocalizedText EMPTY = new LocalizedText(null, null, null);

	private Texts() {
	}

	static @Nullable String clean(@Nullable String value) {
		return Strings.blankToNull(value);
	}

	static LocalizedText orEmpty(@Nullable LocalizedText text) {
		return text == null ? EMPTY : text;
	}

	/** The database keeps no row for an empty embedded text; an empty one is stored as nothing. */
	static @Nullable LocalizedText orNull(@Nullable LocalizedText text) {
		return text == null || text.isEmpty() ? null : text;
	}

	static Set<EducationSector> sectors(@Nullable Collection<EducationSector> sectors) {
		return sectors == null || sectors.isEmpty() ? EnumSet.noneOf(EducationSector.class) : EnumSet.copyOf(sectors);
	}

	static Set<String> sorted(@Nullable Collection<String> values) {
		return values == null ? new TreeSet<>() : new TreeSet<>(values);
	}

}
