package kg.omb.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** An account as the administration sees it: its data, its grants (current first, then history) and its version. */
public record AccountDetails(long id, long version, String email, String displayName, AccountStatus status,
		Locale language, @Nullable Instant createdAt, @Nullable Instant emailVerifiedAt,
		@Nullable Instant deactivatedAt, boolean twoFactorEnabled, List<GrantHistoryEntry> currentGrants,
		List<GrantHistoryEntry> pastGrants) {

	public boolean deactivated() {
		return status == AccountStatus.DEACTIVATED;
	}

}
