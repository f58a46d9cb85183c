package kg.omb.directory;

import java.time.LocalDate;

import kg.omb.shared.LocalizedText;

/**
 * One change a legal act brought about, as its page lists it: what happened (a message key such as
 * {@code association.citation.created}), to what (a name), when it took effect, and where to see it.
 */
public record ActCitation(String messageKey, LocalizedText subject, LocalDate effectiveOn, String link) {
}
