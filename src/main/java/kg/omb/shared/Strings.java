package kg.omb.shared;

import org.jspecify.annotations.Nullable;

/** What every form field and import cell goes through: blank means "not given". */
public final class Strings {

	private Strings() {
	}

	/** The value without surrounding white space, or {@code null} when there is nothing but white space. */
	public static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
