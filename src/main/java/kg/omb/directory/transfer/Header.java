package kg.omb.directory.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The header row of a file, matched against the columns an import expects: names compare without regard to case
 * and surrounding spaces, in any order. A file that lacks required columns is refused with one error naming them
 * all; a column the import does not know is reported as a warning (it may be a misspelt optional one) and ignored.
 */
final class Header {

	static final int ROW = 1;

	private final Map<String, Integer> positions;

	private Header(Map<String, Integer> positions) {
		this.positions = positions;
	}

	/** The header, or {@code null} when required columns are missing (reported as one error on row 1). */
	static @Nullable Header of(List<String> names, List<Column> columns, Problems problems) {
		Map<String, Integer> found = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = key(names.get(i));
			if (name.isEmpty()) {
				continue;
			}
			if (found.putIfAbsent(name, i) != null) {
				problems.error(ROW, null, names.get(i), "transfer.error.column-twice", names.get(i));
			}
			else if (columns.stream().noneMatch(column -> key(column.name()).equals(name))) {
				problems.warning(ROW, null, names.get(i), "transfer.warning.unknown-column", names.get(i));
			}
		}
		List<String> missing = columns.stream()
			.filter(Column::required)
			.map(Column::name)
			.filter(name -> !found.containsKey(key(name)))
			.toList();
		if (!missing.isEmpty()) {
			problems.error(ROW, null, null, "transfer.error.missing-columns", String.join(", ", missing));
			return null;
		}
		return problems.hasErrors() ? null : new Header(found);
	}

	/** The cell of a row under the column, trimmed; blank when the file has no such column or the row is short. */
	String cell(List<String> cells, Column column) {
		Integer position = positions.get(key(column.name()));
		if (position == null || position >= cells.size()) {
			return "";
		}
		return cells.get(position).strip();
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
