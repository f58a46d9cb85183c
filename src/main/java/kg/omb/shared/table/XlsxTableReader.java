package kg.omb.shared.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import kg.omb.shared.DomainException;

/**
 * Reads the first sheet of a workbook with POI's event API: the sheet's XML is parsed as a stream of SAX events, so
 * memory stays small however many rows there are (only the shared strings are held). Cells come formatted as the
 * workbook shows them, except dates, which come as ISO dates ({@link IsoDateFormatter}). The first row that is not
 * blank is the header; row numbers are the sheet's.
 */
final class XlsxTableReader implements TableReader {

	@Override
	public void read(Path file, TableSink sink) throws IOException {
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			StylesTable styles = reader.getStylesTable();
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new DomainException("transfer.error.no-header");
			}
			Rows rows = new Rows(sink);
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(
						new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDateFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
			if (!rows.headerSeen) {
				throw new DomainException("transfer.error.no-header");
			}
		}
		catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | SAXException
				| ParserConfigurationException | IllegalArgumentException damaged) {
			throw new DomainException("transfer.error.unreadable");
		}
	}

	/** Collects the cells of a row by their column, blanks where the sheet has none, and hands the row on. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final TableSink sink;

		private final List<String> cells = new ArrayList<>();

		private boolean headerSeen;

		Rows(TableSink sink) {
			this.sink = sink;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void cell(String reference, String formattedValue, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			String value = formattedValue == null ? "" : formattedValue.strip();
			if (cells.size() == column) {
				cells.add(value);
			}
			else {
				cells.set(column, value);
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.stream().allMatch(String::isEmpty)) {
				return;
			}
			if (!headerSeen) {
				headerSeen = true;
				sink.header(List.copyOf(cells));
			}
			else {
				sink.row(rowNum + 1, List.copyOf(cells));
			}
		}

	}

}
