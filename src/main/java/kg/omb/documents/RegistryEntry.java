package kg.omb.documents;

import java.time.LocalDate;

/**
 * A document of the public registry and the day (Bishkek) it entered into force, the effective day of its act;
 * {@code upcoming} when that day is still ahead, so the document is in force only from then.
 */
public record RegistryEntry(DocumentView document, LocalDate inForceSince, boolean upcoming) {

	public static RegistryEntry of(DocumentView document, LocalDate inForceSince, LocalDate today) {
		return new RegistryEntry(document, inForceSince, inForceSince.isAfter(today));
	}

}
