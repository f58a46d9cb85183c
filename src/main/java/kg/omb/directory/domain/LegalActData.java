package kg.omb.directory.domain;

import java.time.LocalDate;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.LegalActKind;
import kg.omb.shared.LocalizedText;

/** An act as it is recorded: what it is, who issued it, its number, the day it was signed, its title, from when. */
public record LegalActData(LegalActKind kind, ActIssuer issuer, String number, LocalDate signedOn,
		LocalizedText title, LocalDate effectiveOn) {
}
