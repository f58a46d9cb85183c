package kg.omb.directory.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.DomainException;

/** The forms of the directory's codes: short Latin identifiers for bodies, six digits for the classifier. */
final class Codes {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,31}");

	private static final Pattern CLASSIFIER = Pattern.compile("\\d{6}");

	private Codes() {
	}

	/** The code in capitals, trimmed, e.g. {@code KNU}; anything else is refused with the given key. */
	static String organizationCode(@Nullable String code, String errorKey) {
		String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (!IDENTIFIER.matcher(normalized).matches()) {
			throw new DomainException(errorKey, code == null ? "" : code);
		}
		return normalized;
	}

	static String classifierCode(@Nullable String code) {
		String normalized = code == null ? "" : code.strip();
		if (!CLASSIFIER.matcher(normalized).matches()) {
			throw new DomainException("classifier.error.code-format", code == null ? "" : code);
		}
		return normalized;
	}

}
