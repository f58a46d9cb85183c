package kg.omb.shared.table;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import kg.omb.shared.DomainException;

/**
 * Reads CSV in UTF-8, with or without a byte order mark, separated by commas or by semicolons (as a spreadsheet
 * set to a Russian or Kyrgyz locale saves it): the header line decides. Text in another encoding (Windows-1251, for
 * one) is refused rather than read as garbage. Rows are numbered by the line they start on, as an editor or a
 * spreadsheet shows them; an apostrophe that guarded a cell against formula injection on export is taken off.
 */
final class CsvTableReader implements TableReader {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final int HEADER_SAMPLE = 64 * 1024;

	@Override
	public void read(Path file, TableSink sink) throws IOException {
		char delimiter = delimiter(file);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		try (Reader reader = open(file); CSVParser parser = CSVParser.parse(reader, format)) {
			boolean headerSeen = false;
			long lineBefore = parser.getCurrentLineNumber();
			for (CSVRecord record : parser) {
				int line = Math.toIntExact(lineBefore + 1);
				lineBefore = parser.getCurrentLineNumber();
				List<String> cells = cells(record);
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (!headerSeen) {
					sink.header(cells);
					headerSeen = true;
				}
				else {
					sink.row(line, cells);
				}
			}
			if (!headerSeen) {
				throw new DomainException("transfer.error.no-header");
			}
		}
		catch (UncheckedIOException failure) {
			throw translated(failure.getCause());
		}
		catch (CharacterCodingException notUtf8) {
			throw new DomainException("transfer.error.not-utf8");
		}
	}

	/** A comma or a semicolon, whichever the header line (outside quotes) has more of; a comma on a tie. */
	static char delimiter(Path file) throws IOException {
		String sample;
		try (Reader reader = open(file)) {
			char[] buffer = new char[HEADER_SAMPLE];
			int read = reader.read(buffer);
			sample = read <= 0 ? "" : new String(buffer, 0, read);
		}
		catch (CharacterCodingException notUtf8) {
			throw new DomainException("transfer.error.not-utf8");
		}
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < sample.length(); i++) {
			char c = sample.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r') && commas + semicolons > 0) {
				break;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

	/** The file as UTF-8 text after its byte order mark, if any; a byte that is not UTF-8 fails the read. */
	static Reader open(Path file) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file));
		in.mark(BYTE_ORDER_MARK.length);
		byte[] head = in.readNBytes(BYTE_ORDER_MARK.length);
		if (!java.util.Arrays.equals(head, BYTE_ORDER_MARK)) {
			in.reset();
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new InputStreamReader(in, decoder);
	}

	private static List<String> cells(CSVRecord record) {
		List<String> cells = new ArrayList<>(record.size());
		for (String value : record) {
			cells.add(FormulaGuard.unguard(value.strip()));
		}
		return cells;
	}

	private static RuntimeException translated(Throwable cause) {
		if (cause instanceof CharacterCodingException) {
			return new DomainException("transfer.error.not-utf8");
		}
		return new DomainException("transfer.error.csv-malformed");
	}

}
