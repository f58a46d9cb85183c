package kg.omb.directory.transfer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with one cell of an imported file (or, with no column, with the row or the file as a whole): the row
 * as the file numbers it (the header is row 1), the column's name as in the header, the value found there, and the
 * reason as a message key with its arguments, so that each person reads it in their own language.
 */
public record RowError(int row, @Nullable String column, @Nullable String value, String messageKey,
		List<String> args) {

	public RowError {
		args = List.copyOf(args);
	}

	/** Arguments as the message source takes them. */
	public Object[] arguments() {
		return args.toArray();
	}

}
