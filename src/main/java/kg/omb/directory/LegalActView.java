package kg.omb.directory;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * An order, decree or charter: its issuer, number, date of signing, title, the day it takes effect and the id of its
 * scanned file in the files module (none yet when {@code null}; the authority's warnings page lists such acts).
 */
public record LegalActView(long id, LegalActKind kind, ActIssuer issuer, String number, LocalDate signedOn,
		LocalizedText title, LocalDate effectiveOn, @Nullable Long fileId) {
}
