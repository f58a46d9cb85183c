package kg.omb.search;

import java.util.Locale;

import org.springframework.context.MessageSource;

import kg.omb.shared.LocalizedText;

/** Helpers for modules that put text of one language, not known in advance, into a {@link SearchEntry}. */
public final class SearchText {

	private SearchText() {
	}

	/** A message of the platform's bundles in the three languages, for a facet label or a type of content. */
	public static LocalizedText message(MessageSource messages, String key) {
		return new LocalizedText(messages.getMessage(key, null, key, Locale.forLanguageTag("ky")),
				messages.getMessage(key, null, key, Locale.forLanguageTag("ru")),
				messages.getMessage(key, null, key, Locale.ENGLISH));
	}

	/**
	 * The text as the language it is written in, so that the right analyzer reads it: Kyrgyz when it has a letter
	 * only Kyrgyz uses (ң, ө, ү), else Russian when it is mostly Cyrillic, else English.
	 */
	public static LocalizedText inItsLanguage(String text) {
		long cyrillic = 0;
		long latin = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("ңөүҢӨҮ".indexOf(c) >= 0) {
				return new LocalizedText(text, null, null);
			}
			if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
				cyrillic++;
			}
			else if (c < 128 && Character.isLetter(c)) {
				latin++;
			}
		}
		if (cyrillic == 0 && latin == 0) {
			return new LocalizedText(text, null, null);
		}
		return cyrillic >= latin ? new LocalizedText(null, text, null) : new LocalizedText(null, null, text);
	}

}
