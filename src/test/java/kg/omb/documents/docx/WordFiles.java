package kg.omb.documents.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word files built the way Word writes them: heading styles by name, multi-level automatic numbering, tables. */
public final class WordFiles {

	private final XWPFDocument document = new XWPFDocument();

	private final XWPFStyles styles = document.createStyles();

	private BigInteger numbered;

	private BigInteger bullets;

	public WordFiles(String headingStyleName) {
		for (int level = 1; level <= 2; level++) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId("Heading" + level);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal(headingStyleName + " " + level);
			styles.addStyle(new XWPFStyle(style));
		}
		XWPFNumbering numbering = document.createNumbering();
		numbered = numbering.addNum(numbering.addAbstractNum(list(BigInteger.ONE, STNumberFormat.DECIMAL, "%1.", "%1.%2.")));
		bullets = numbering.addNum(numbering.addAbstractNum(list(BigInteger.TWO, STNumberFormat.BULLET, "•", "◦")));
	}

	private static XWPFAbstractNum list(BigInteger id, STNumberFormat.Enum format, String... levelTexts) {
		CTAbstractNum list = CTAbstractNum.Factory.newInstance();
		list.setAbstractNumId(id);
		for (int level = 0; level < levelTexts.length; level++) {
			CTLvl lvl = list.addNewLvl();
			lvl.setIlvl(BigInteger.valueOf(level));
			lvl.addNewNumFmt().setVal(format);
			lvl.addNewLvlText().setVal(levelTexts[level]);
			lvl.addNewStart().setVal(BigInteger.ONE);
		}
		return new XWPFAbstractNum(list);
	}

	public WordFiles heading(int level, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle("Heading" + level);
		paragraph.createRun().setText(text);
		return this;
	}

	public WordFiles numbered(int depth, String text) {
		return listItem(numbered, depth, text);
	}

	public WordFiles bullet(String text) {
		return listItem(bullets, 0, text);
	}

	private WordFiles listItem(BigInteger list, int depth, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setNumID(list);
		paragraph.setNumILvl(BigInteger.valueOf(depth));
		paragraph.createRun().setText(text);
		return this;
	}

	public WordFiles paragraph(String text) {
		document.createParagraph().createRun().setText(text);
		return this;
	}

	public WordFiles boldStart(String bold, String rest) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.createRun().setText(bold);
		paragraph.getRuns().get(0).setBold(true);
		paragraph.createRun().setText(rest);
		return this;
	}

	public WordFiles table(String[]... rows) {
		var table = document.createTable(rows.length, rows[0].length);
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				table.getRow(r).getCell(c).setText(rows[r][c]);
			}
		}
		return this;
	}

	public InputStream file() {
		try (document) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return new ByteArrayInputStream(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
