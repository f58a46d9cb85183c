package kg.omb.search;

import kg.omb.shared.LocalizedText;

/** Helpers for modules that put text of one language, not known in advance, into a {@link SearchEntry}. */
public final class SearchText {

	private SearchText() {
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
