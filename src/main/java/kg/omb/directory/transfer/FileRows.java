package kg.omb.directory.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.transfer.ImportTarget.Numbered;
import kg.omb.shared.table.TableSink;
import kg.omb.shared.DomainException;

/**
 * Receives a file's rows as the reader streams them, checks the header and each row's cells, and keeps the rows
 * that read well as records (small beside the file's bytes). Past {@code maxRows} rows the reading stops: such a
 * file is refused whole.
 */
final class FileRows<R> implements TableSink {

	private final ImportTarget<R> target;

	private final Problems problems;

	private final int maxRows;

	private final IntConsumer progress;

	private final List<Numbered<R>> rows = new ArrayList<>();

	private @Nullable Header header;

	private int read;

	FileRows(ImportTarget<R> target, Problems problems, int maxRows, IntConsumer progress) {
		this.target = target;
		this.problems = problems;
		this.maxRows = maxRows;
		this.progress = progress;
	}

	@Override
	public void header(List<String> names) {
		header = Header.of(names, target.columns(), problems);
		if (header == null) {
			throw new HeaderRefused();
		}
	}

	@Override
	public void row(int rowNumber, List<String> cells) {
		if (++read > maxRows) {
			throw new DomainException("transfer.error.too-many-rows", maxRows);
		}
		RowCells row = new RowCells(rowNumber, header(), cells, problems);
		R value = target.parse(row);
		if (value != null && !row.bad()) {
			rows.add(new Numbered<>(rowNumber, value));
		}
		progress.accept(read);
	}

	List<Numbered<R>> rows() {
		return List.copyOf(rows);
	}

	/** Rows read, good and bad. */
	int read() {
		return read;
	}

	private Header header() {
		if (header == null) {
			throw new IllegalStateException("A row came before the header");
		}
		return header;
	}

	/** The header lacks columns: reading stops, the problem is recorded already. */
	static final class HeaderRefused extends RuntimeException {

		HeaderRefused() {
			super("The header row lacks required columns", null, false, false);
		}

	}

}
