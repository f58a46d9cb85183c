package kg.omb.notifications;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * What a notification says, as message keys of the {@code messages_*} bundles and their arguments, so that every
 * person reads it in their own language (and the in-app list follows a language switch).
 * @param category what it is about, for grouping: lower case, such as {@code review} or {@code discussion}
 * @param titleKey message key of the title (also the e-mail subject)
 * @param bodyKey message key of the text
 * @param arguments the keys' arguments {@code {0}, {1}, ...}: text, whole or decimal numbers, {@link LocalizedText}
 * (shown in the reader's language), {@link Instant} (shown in Bishkek time) or {@link LocalDate}
 * @param link a path within the application, such as {@code /documents/12}, or null
 */
public record Notice(String category, String titleKey, String bodyKey, List<Object> arguments,
		@Nullable String link) {

	private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9.-]{0,63}");

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,200}");

	private static final Pattern PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]{0,999}");

	public Notice {
		require(CATEGORY.matcher(category).matches(), "category", category);
		require(KEY.matcher(titleKey).matches(), "title key", titleKey);
		require(KEY.matcher(bodyKey).matches(), "body key", bodyKey);
		require(link == null || PATH.matcher(link).matches(), "link (a path within the application)", link);
		arguments = List.copyOf(arguments);
		for (Object argument : arguments) {
			require(isSupported(argument), "argument type", argument.getClass().getName());
		}
	}

	/** A notice without a link. */
	public static Notice of(String category, String titleKey, String bodyKey, Object... arguments) {
		return new Notice(category, titleKey, bodyKey, List.of(arguments), null);
	}

	/** The same notice, pointing to a path within the application. */
	public Notice withLink(String path) {
		return new Notice(category, titleKey, bodyKey, arguments, path);
	}

	private static boolean isSupported(Object argument) {
		return argument instanceof String || argument instanceof Integer || argument instanceof Long
				|| argument instanceof Short || argument instanceof BigInteger || argument instanceof BigDecimal
				|| argument instanceof LocalizedText || argument instanceof Instant || argument instanceof LocalDate;
	}

	private static void require(boolean valid, String what, @Nullable Object value) {
		if (!valid) {
			throw new IllegalArgumentException("Invalid notice " + what + ": " + value);
		}
	}

}
