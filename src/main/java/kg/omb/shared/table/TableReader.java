package kg.omb.shared.table;

import java.io.IOException;
import java.nio.file.Path;

import kg.omb.shared.DomainException;

/** Reads a whole table from a file, streaming its rows into a {@link TableSink}. */
public interface TableReader {

	/**
	 * @throws DomainException {@code transfer.error.no-header} when the file holds no row at all,
	 * {@code transfer.error.not-utf8} for text in another encoding, {@code transfer.error.unreadable} for a damaged
	 * file
	 */
	void read(Path file, TableSink sink) throws IOException;

	static TableReader of(TableFormat format) {
		return switch (format) {
			case CSV -> new CsvTableReader();
			case XLSX -> new XlsxTableReader();
		};
	}

}
