package kg.omb.directory.web;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.ActIssuer;

/** Reads the values of filters and selects leniently: an unknown value is no choice at all, never an error. */
final class Choices {

	private Choices() {
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> constant.name().equals(value.strip()))
			.findFirst()
			.orElse(null);
	}

	/** An issuer written as {@code AUTHORITY:3} or {@code ORGANIZATION:17}. */
	static Optional<ActIssuer> issuer(@Nullable String value) {
		if (value == null || !value.matches("(AUTHORITY|ORGANIZATION):\\d{1,18}")) {
			return Optional.empty();
		}
		int colon = value.indexOf(':');
		return Optional.of(new ActIssuer(ActIssuer.Type.valueOf(value.substring(0, colon)),
				Long.parseLong(value.substring(colon + 1))));
	}

}
