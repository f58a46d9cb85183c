package kg.omb.documents.docx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kg.omb.documents.ClauseLevel;
import kg.omb.shared.html.RichText;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Splits a Word file into the numbered parts of a document. Headings (Word's heading styles, in any language the
 * file was written in, e.g. "Heading 2" or "Заголовок 2") become chapters and sections; paragraphs numbered by Word
 * or by a typed number ("3.", "3.2.") become clauses and sub-clauses; unnumbered paragraphs, bullet lists and tables
 * belong to the clause before them. A part's text is sanitized HTML.
 */
@Component
public class DocxOutlineReader {

	private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|заголовок|баш сап)\\s*(\\d)");

	private static final Pattern TYPED_CLAUSE = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*)[.)]?\\s+(\\S.*)$", Pattern.DOTALL);

	private static final Pattern TYPED_HEADING = Pattern.compile(
			"^(?:(?:глава|бөлүм|раздел|chapter|section)\\s+)?([IVXLC]{1,6}|\\d{1,3}(?:\\.\\d{1,3})*)[.)]?\\s+(\\S.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

	/** The parts of the file, in order. */
	public List<OutlinePart> read(InputStream docx) {
		try (XWPFDocument document = new XWPFDocument(docx)) {
			List<OutlinePart> parts = new Reading(document).parts();
			if (parts.isEmpty()) {
				throw new DocxImportException("documents.docx.empty");
			}
			return parts;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DocxImportException known) {
				throw known;
			}
			throw new DocxImportException("documents.docx.unreadable", ex);
		}
	}

	/** "3" is a clause, "3.2" (or deeper) a sub-clause. */
	static ClauseLevel clauseLevel(String number) {
		return number.indexOf('.') < 0 ? ClauseLevel.CLAUSE : ClauseLevel.SUB_CLAUSE;
	}

	static ClauseLevel levelOfHeading(int heading) {
		return heading <= 1 ? ClauseLevel.CHAPTER : ClauseLevel.SECTION;
	}

	/** One pass over one file: the part being filled and Word's numbering counters. */
	private static final class Reading {

		private final XWPFDocument document;

		private final List<OutlinePart> parts = new ArrayList<>();

		private final Map<BigInteger, int[]> counters = new HashMap<>();

		private @Nullable ClauseLevel level;

		private String number = "";

		private final StringBuilder html = new StringBuilder();

		private final List<String> bullets = new ArrayList<>();

		Reading(XWPFDocument document) {
			this.document = document;
		}

		List<OutlinePart> parts() {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					paragraph(paragraph);
				}
				else if (element instanceof XWPFTable table) {
					continueClause();
					closeBullets();
					html.append(DocxTables.html(table));
				}
			}
			finishPart();
			return parts;
		}

		private void paragraph(XWPFParagraph paragraph) {
			String text = paragraph.getText().strip();
			if (text.isEmpty()) {
				return;
			}
			int heading = headingLevel(paragraph);
			String automatic = automaticNumber(paragraph);
			if (heading > 0) {
				Matcher typed = TYPED_HEADING.matcher(text);
				boolean hasTypedNumber = automatic == null && typed.matches();
				startPart(levelOfHeading(heading), hasTypedNumber ? typed.group(1) : orEmpty(automatic));
				html.append(Runs.html(paragraph, hasTypedNumber ? text.length() - typed.group(2).length() : 0));
				finishPart();
			}
			else if (automatic != null) {
				startPart(clauseLevel(automatic), automatic);
				html.append("<p>").append(Runs.html(paragraph, 0)).append("</p>");
			}
			else if (isBullet(paragraph)) {
				continueClause();
				bullets.add(Runs.html(paragraph, 0));
			}
			else {
				Matcher typed = TYPED_CLAUSE.matcher(text);
				if (typed.matches()) {
					startPart(clauseLevel(typed.group(1)), typed.group(1));
					html.append("<p>").append(Runs.html(paragraph, text.length() - typed.group(2).length())).append("</p>");
				}
				else {
					continueClause();
					closeBullets();
					html.append("<p>").append(Runs.html(paragraph, 0)).append("</p>");
				}
			}
		}

		private int headingLevel(XWPFParagraph paragraph) {
			String styleId = paragraph.getStyleID();
			if (styleId == null) {
				return 0;
			}
			XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
			String name = (style == null || style.getName() == null ? styleId : style.getName()).toLowerCase(Locale.ROOT);
			if (name.equals("title")) {
				return 1;
			}
			Matcher heading = HEADING_STYLE.matcher(name);
			return heading.find() ? Integer.parseInt(heading.group(1)) : 0;
		}

		/** The number Word shows for an automatically numbered paragraph, or null for none or a bullet. */
		private @Nullable String automaticNumber(XWPFParagraph paragraph) {
			BigInteger list = paragraph.getNumID();
			if (list == null || isBullet(paragraph)) {
				return null;
			}
			int depth = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
			int[] levels = counters.computeIfAbsent(list, id -> new int[9]);
			levels[depth]++;
			for (int deeper = depth + 1; deeper < levels.length; deeper++) {
				levels[deeper] = 0;
			}
			return NumberFormat.format(paragraph.getNumLevelText(), levels, depth);
		}

		private static boolean isBullet(XWPFParagraph paragraph) {
			return paragraph.getNumID() != null && "bullet".equals(paragraph.getNumFmt());
		}

		private void startPart(ClauseLevel newLevel, String newNumber) {
			finishPart();
			level = newLevel;
			number = newNumber;
		}

		/** Text outside any clause (a preamble, or text right under a heading) opens an unnumbered clause. */
		private void continueClause() {
			if (level == null) {
				startPart(ClauseLevel.CLAUSE, "");
			}
		}

		private void closeBullets() {
			if (!bullets.isEmpty()) {
				html.append("<ul>");
				bullets.forEach(item -> html.append("<li>").append(item).append("</li>"));
				html.append("</ul>");
				bullets.clear();
			}
		}

		private void finishPart() {
			closeBullets();
			if (level != null) {
				parts.add(new OutlinePart(level, number, RichText.sanitize(html.toString().strip())));
			}
			level = null;
			number = "";
			html.setLength(0);
		}

		private static String orEmpty(@Nullable String value) {
			return value == null ? "" : value;
		}

	}

}
