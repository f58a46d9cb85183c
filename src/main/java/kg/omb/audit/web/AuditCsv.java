package kg.omb.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it (comma, CRLF, quotes around a cell that holds a comma, quote or line break, quotes
 * doubled), after a UTF-8 byte order mark so that Excel reads Kyrgyz letters right. A cell that a spreadsheet
 * would take for a formula (starting with {@code = + - @}, tab or carriage return) gets a leading apostrophe.
 */
final class AuditCsv {

	static final String BYTE_ORDER_MARK = "\uFEFF";

	private final Writer out;

	AuditCsv(Writer out) throws IOException {
		this.out = out;
		out.write(BYTE_ORDER_MARK);
	}

	void row(List<String> cells) {
		try {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(cell(cells.get(i)));
			}
			out.write("\r\n");
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

}
