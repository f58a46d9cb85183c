package kg.omb.shared;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A name or title of content in Kyrgyz, Russian and English. Asking for a language that is empty falls back
 * ky → ru → en, and says so, so that the page can mark the fallback.
 */
@Embeddable
public record LocalizedText(
		@Column(name = "ky") @Nullable String ky,
		@Column(name = "ru") @Nullable String ru,
		@Column(name = "en") @Nullable String en) {

	public static final List<String> LANGUAGES = List.of("ky", "ru", "en");

	public LocalizedText {
		ky = Strings.blankToNull(ky);
		ru = Strings.blankToNull(ru);
		en = Strings.blankToNull(en);
	}

	public static LocalizedText of(String ky, String ru, String en) {
		return new LocalizedText(ky, ru, en);
	}

	public boolean isEmpty() {
		return ky == null && ru == null && en == null;
	}

	/** The text in the requested language, or the first filled one in the order ky, ru, en. */
	public Resolved resolve(Locale locale) {
		String wanted = locale.getLanguage();
		String exact = in(wanted);
		if (exact != null) {
			return new Resolved(exact, wanted, false);
		}
		for (String language : LANGUAGES) {
			String text = in(language);
			if (text != null) {
				return new Resolved(text, language, true);
			}
		}
		return new Resolved("", wanted, false);
	}

	public String in(Locale locale) {
		return resolve(locale).text();
	}

	private @Nullable String in(String language) {
		return switch (language) {
			case "ky" -> ky;
			case "ru" -> ru;
			case "en" -> en;
			default -> null;
		};
	}

	/** A text as shown: the language it is in, and whether that is a fallback from the one asked for. */
	public record Resolved(String text, String language, boolean fallback) {
	}

}
