package kg.omb.reports.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import kg.omb.shared.LocalizedText;
import kg.omb.shared.html.RichText;

/**
 * A narrative part for the PDF, as plain paragraphs in the reader's language (or the first one written): the PDF
 * takes well-formed text, not what a person typed into an editor.
 */
public final class NarrativeText {

	private final Locale locale;

	NarrativeText(Locale locale) {
		this.locale = locale;
	}

	public List<String> paragraphs(LocalizedText html) {
		String text = html.in(locale);
		return Arrays.stream(text.split("(?i)<(br|/p|/h[1-6]|/li|/tr|/div|/blockquote)\\s*/?>"))
			.map(RichText::plainText)
			.filter(paragraph -> !paragraph.isEmpty())
			.toList();
	}

}
