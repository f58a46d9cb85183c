package kg.omb.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages of the user interface, Kyrgyz first. */
public final class Languages {

	public static final Locale KYRGYZ = Locale.forLanguageTag("ky");

	public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	public static final Locale ENGLISH = Locale.forLanguageTag("en");

	public static final Locale DEFAULT = KYRGYZ;

	public static final List<Locale> SUPPORTED = List.of(KYRGYZ, RUSSIAN, ENGLISH);

	private Languages() {
	}

	/** The supported language named by a tag such as {@code ru} or {@code ru-RU}; empty for any other. */
	public static Optional<Locale> parse(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
	}

}
