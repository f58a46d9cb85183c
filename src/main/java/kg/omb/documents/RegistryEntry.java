package kg.omb.documents;

import java.time.LocalDate;

/** A document of the public registry and the day (Bishkek) it entered into force. */
public record RegistryEntry(DocumentView document, LocalDate inForceSince) {
}
