package kg.omb.directory.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Everything found wrong while a file is checked: errors, any one of which stops the whole import, and warnings
 * (a Russian or English name left out), which are reported but import all the same.
 */
final class Problems {

	private final List<RowError> errors = new ArrayList<>();

	private final List<RowError> warnings = new ArrayList<>();

	void error(int row, @Nullable Column column, @Nullable String value, String messageKey, Object... args) {
		errors.add(problem(row, column, value, messageKey, args));
	}

	void warning(int row, @Nullable Column column, @Nullable String value, String messageKey, Object... args) {
		warnings.add(problem(row, column, value, messageKey, args));
	}

	boolean hasErrors() {
		return !errors.isEmpty();
	}

	int errorCount() {
		return errors.size();
	}

	List<RowError> errors() {
		return List.copyOf(errors);
	}

	List<RowError> warnings() {
		return List.copyOf(warnings);
	}

	private static RowError problem(int row, @Nullable Column column, @Nullable String value, String messageKey,
			Object... args) {
		return new RowError(row, column == null ? null : column.name(), value, messageKey,
				Arrays.stream(args).map(arg -> Objects.toString(arg, "")).toList());
	}

}
