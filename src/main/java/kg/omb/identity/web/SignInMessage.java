package kg.omb.identity.web;

import java.io.Serial;
import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/** A message for the sign-in page, carried across the redirect after a failed attempt: a key and its argument. */
record SignInMessage(String key, @Nullable String argument) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static SignInMessage of(String key) {
		return new SignInMessage(key, null);
	}

	static SignInMessage of(String key, String argument) {
		return new SignInMessage(key, argument);
	}

}
