package kg.omb.shared.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet through POI's streaming workbook (SXSSF): only the last {@value #WINDOW} rows are in memory, the
 * rest are flushed to a compressed temporary file. Every cell is text in text format, so codes keep their leading
 * zeros and dates stay ISO when the file is opened and saved again; the header is bold and frozen.
 */
final class XlsxTableWriter implements TableWriter {

	static final int WINDOW = 100;

	private static final int MIN_WIDTH = 10;

	private static final int MAX_WIDTH = 60;

	private final OutputStream out;

	private final SXSSFWorkbook workbook;

	private final SXSSFSheet sheet;

	private final CellStyle text;

	private final CellStyle header;

	private final List<Integer> widths = new ArrayList<>();

	private int next;

	XlsxTableWriter(OutputStream out, String sheetName) {
		this.out = out;
		this.workbook = new SXSSFWorkbook(WINDOW);
		this.workbook.setCompressTempFiles(true);
		this.sheet = workbook.createSheet(sheetName);
		this.text = workbook.createCellStyle();
		this.text.setDataFormat(workbook.createDataFormat().getFormat("@"));
		this.header = workbook.createCellStyle();
		this.header.cloneStyleFrom(text);
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.header.setFont(bold);
		this.sheet.createFreezePane(0, 1);
	}

	@Override
	public void row(List<String> cells) {
		Row row = sheet.createRow(next);
		for (int i = 0; i < cells.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellStyle(next == 0 ? header : text);
			cell.setCellValue(cells.get(i));
			widen(i, cells.get(i).length());
		}
		next++;
	}

	@Override
	public void finish() throws IOException {
		for (int i = 0; i < widths.size(); i++) {
			sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths.get(i) + 2)) * 256);
		}
		workbook.write(out);
		out.flush();
	}

	@Override
	public void close() {
		workbook.dispose();
		try {
			workbook.close();
		}
		catch (IOException ignored) {
			// the temporary files are gone already (dispose); nothing else is held
		}
	}

	private void widen(int column, int length) {
		while (widths.size() <= column) {
			widths.add(0);
		}
		widths.set(column, Math.max(widths.get(column), length));
	}

}
