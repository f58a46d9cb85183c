package kg.omb.identity;

import java.util.Locale;

/** What other modules may know of an account: how to address the person and in which language. */
public record AccountView(long id, String email, String displayName, Locale language, boolean active) {
}
