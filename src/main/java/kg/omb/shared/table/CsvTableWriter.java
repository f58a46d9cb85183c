package kg.omb.shared.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV as RFC 4180 has it (comma, CRLF, quotes only where needed), in UTF-8 after a byte order mark so that
 * Excel reads Kyrgyz letters (ң ө ү) right, with cells guarded against formula injection.
 */
final class CsvTableWriter implements TableWriter {

	private final Writer out;

	private final CSVPrinter printer;

	CsvTableWriter(OutputStream stream) throws IOException {
		this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		this.out.write('\uFEFF');
		this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
	}

	@Override
	public void row(List<String> cells) throws IOException {
		for (String cell : cells) {
			printer.print(FormulaGuard.guard(cell));
		}
		printer.println();
	}

	@Override
	public void finish() throws IOException {
		printer.flush();
	}

	@Override
	public void close() throws IOException {
		out.flush();
	}

}
