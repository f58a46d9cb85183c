package kg.omb.identity.domain;

import java.util.Locale;

/** What a person gives to register as a participant; the language is the one the page was shown in. */
public record NewParticipant(String displayName, String email, String password, StakeholderKind stakeholderKind,
		Locale language) {

	@Override
	public String toString() {
		return "NewParticipant[" + email + "]";
	}

}
