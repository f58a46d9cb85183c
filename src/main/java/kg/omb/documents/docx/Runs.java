package kg.omb.documents.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.web.util.HtmlUtils;

/** A paragraph's text as inline HTML, keeping bold, italic and underline, escaping everything else. */
final class Runs {

	private Runs() {
	}

	/**
	 * The paragraph's runs as HTML, leaving out its first {@code skip} characters (a number typed before the text,
	 * which becomes the part's number instead). Leading spaces of the text are dropped.
	 */
	static String html(XWPFParagraph paragraph, int skip) {
		StringBuilder html = new StringBuilder();
		int leftToSkip = skip + leadingSpaces(paragraph.getText());
		for (XWPFRun run : paragraph.getRuns()) {
			String text = run.text();
			if (leftToSkip >= text.length()) {
				leftToSkip -= text.length();
				continue;
			}
			text = text.substring(leftToSkip);
			leftToSkip = 0;
			html.append(styled(run, HtmlUtils.htmlEscape(text).replace("\n", "<br>")));
		}
		return html.toString().strip();
	}

	private static String styled(XWPFRun run, String text) {
		String html = text;
		if (run.isBold()) {
			html = "<strong>" + html + "</strong>";
		}
		if (run.isItalic()) {
			html = "<em>" + html + "</em>";
		}
		if (run.getUnderline() != null && run.getUnderline() != org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE) {
			html = "<u>" + html + "</u>";
		}
		return html;
	}

	private static int leadingSpaces(String text) {
		int spaces = 0;
		while (spaces < text.length() && Character.isWhitespace(text.charAt(spaces))) {
			spaces++;
		}
		return spaces;
	}

}
