package kg.omb.directory;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * A group, direction or specialty of the classifier, by its six-digit code (580100 Economics). A retired code stays
 * visible in history but cannot be used for anything new.
 */
public record ClassifierEntryView(long id, String code, ClassifierKind kind, LocalizedText name,
		@Nullable String parentCode, Set<String> levelCodes, LocalDate introducedOn, @Nullable LocalDate retiredOn) {

	/** Whether the code may be used on the day: introduced by then and not yet retired. */
	public boolean usableOn(LocalDate day) {
		return !introducedOn.isAfter(day) && (retiredOn == null || day.isBefore(retiredOn));
	}

}
