package kg.omb.directory.domain;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.ClassifierKind;
import kg.omb.shared.LocalizedText;

/**
 * A classifier entry as a form or an import row gives it: code, kind, names, the code of its group or direction,
 * the levels at which it is taught, since when, and (for a retired code) until when and by which act.
 */
public record ClassifierEntryData(String code, ClassifierKind kind, LocalizedText name, @Nullable String parentCode,
		Set<String> levelCodes, LocalDate introducedOn, @Nullable LocalDate retiredOn, @Nullable Long retiredByActId) {

	/** A new entry, in use from the day on. */
	public static ClassifierEntryData introduced(String code, ClassifierKind kind, LocalizedText name,
			@Nullable String parentCode, Set<String> levelCodes, LocalDate introducedOn) {
		return new ClassifierEntryData(code, kind, name, parentCode, levelCodes, introducedOn, null, null);
	}

}
