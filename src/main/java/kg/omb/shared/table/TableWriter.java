package kg.omb.shared.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a table row by row to a stream: CSV straight through, XLSX through POI's streaming workbook, which keeps
 * only a window of rows in memory. {@link #finish()} completes the file; {@link #close()} releases what the writer
 * holds (temporary files of the workbook) and does not close the stream.
 */
public interface TableWriter extends AutoCloseable {

	void row(List<String> cells) throws IOException;

	void finish() throws IOException;

	@Override
	void close() throws IOException;

	static TableWriter of(TableFormat format, OutputStream out, String sheetName) throws IOException {
		return switch (format) {
			case CSV -> new CsvTableWriter(out);
			case XLSX -> new XlsxTableWriter(out, sheetName);
		};
	}

}
