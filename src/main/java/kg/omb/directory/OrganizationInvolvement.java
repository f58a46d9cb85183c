package kg.omb.directory;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * One part an organisation plays in another module's structure, as its page lists it: what (a message key such as
 * {@code association.involvement.base}), in what (a name), since when, and where to see it.
 */
public record OrganizationInvolvement(String messageKey, LocalizedText subject, @Nullable LocalDate since,
		String link) {
}
