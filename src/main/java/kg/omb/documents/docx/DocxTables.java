package kg.omb.documents.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A Word table as an HTML table; merged cells keep their horizontal span, each cell keeps its paragraphs. */
final class DocxTables {

	private DocxTables() {
	}

	static String html(XWPFTable table) {
		StringBuilder html = new StringBuilder("<table><tbody>");
		for (XWPFTableRow row : table.getRows()) {
			html.append("<tr>");
			for (XWPFTableCell cell : row.getTableCells()) {
				html.append(span(cell) > 1 ? "<td colspan=\"" + span(cell) + "\">" : "<td>");
				boolean first = true;
				for (XWPFParagraph paragraph : cell.getParagraphs()) {
					String text = Runs.html(paragraph, 0);
					if (!text.isEmpty()) {
						html.append(first ? "" : "<br>").append(text);
						first = false;
					}
				}
				html.append("</td>");
			}
			html.append("</tr>");
		}
		return html.append("</tbody></table>").toString();
	}

	private static int span(XWPFTableCell cell) {
		var properties = cell.getCTTc().getTcPr();
		return properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
	}

}
