package kg.omb.identity.domain;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** What the account page shows of one's own account. */
public record OwnAccount(long id, String email, String displayName, @Nullable StakeholderKind stakeholderKind,
		Locale language, boolean passwordChangeRequired) {
}
