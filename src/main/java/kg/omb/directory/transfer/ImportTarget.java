package kg.omb.directory.transfer;

import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.transfer.Counts.Outcome;

/**
 * What one kind of file imports and exports. The same columns serve both ways, and a row read back from its own
 * export equals the record it was written from, so an exported file imports as "unchanged" throughout.
 *
 * @param <R> a row as a plain record, compared with {@code equals} to what the directory holds
 */
interface ImportTarget<R> {

	ImportKind kind();

	List<Column> columns();

	/** The row's record, or {@code null} when a cell was wrong (the cells have recorded why). */
	@Nullable R parse(RowCells cells);

	/**
	 * Checks the rows against each other and against the directory (codes twice in the file, parents, the
	 * supervising authority and the person's rights), and plans what each row will do, in the order the rows must be
	 * written (parents before their children).
	 */
	List<Planned<R>> plan(List<Numbered<R>> rows, ImporterRights rights, Problems problems);

	/**
	 * Writes the rows that create or change something through the directory's services, in the caller's
	 * transaction, in the order the plan gave (and, where the directory needs it, a second step in another order),
	 * telling {@code written} after each row.
	 */
	void write(List<Planned<R>> rows, Runnable written);

	/** The cells of a row, in the order of {@link #columns()}. */
	List<String> cells(R row);

	/** Every record the directory holds, in the order an export lists them. */
	void each(Consumer<R> consumer);

	/** The name of the sheet in an exported workbook and the start of the file's name. */
	String fileName();

	/** A row with its number in the file. */
	record Numbered<R>(int row, R value) {
	}

	/** A row with what importing it will do, and the record it replaces (none for a new code). */
	record Planned<R>(int row, R value, @Nullable R existing, Outcome outcome) {

		static <R> Planned<R> of(Numbered<R> row, @Nullable R existing) {
			Outcome outcome = existing == null ? Outcome.CREATED
					: existing.equals(row.value()) ? Outcome.UNCHANGED : Outcome.UPDATED;
			return new Planned<>(row.row(), row.value(), existing, outcome);
		}

	}

}
