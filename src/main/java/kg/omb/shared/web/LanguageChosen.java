package kg.omb.shared.web;

import java.util.Locale;

/**
 * A person picked a language with the switcher. The identity module keeps it on the signed-in account.
 */
public record LanguageChosen(long accountId, Locale language) {
}
