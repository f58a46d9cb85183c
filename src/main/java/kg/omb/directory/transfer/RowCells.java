package kg.omb.directory.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * The cells of one row, read as the types an import needs. Every reading checks what the column demands (filled
 * when required, no longer than the database takes, of the right form) and records what is wrong in the file's
 * {@link Problems} instead of stopping, so that one pass over the file reports every bad cell. A reading that failed
 * returns {@code null} (or an empty set) and marks the row as bad.
 */
final class RowCells {

	/** How several values share one cell: {@code HIGHER;SECONDARY_VOCATIONAL} (commas, bars and spaces too). */
	static final String LIST_SEPARATOR = ";";

	private static final Pattern LIST_SPLIT = Pattern.compile("[;,|\\s]+");

	private static final Set<String> YES = Set.of("true", "yes", "1", "да", "ооба");

	private static final Set<String> NO = Set.of("false", "no", "0", "нет", "жок");

	private final int row;

	private final Header header;

	private final List<String> cells;

	private final Problems problems;

	private boolean bad;

	RowCells(int row, Header header, List<String> cells, Problems problems) {
		this.row = row;
		this.header = header;
		this.cells = cells;
		this.problems = problems;
	}

	int row() {
		return row;
	}

	/** Whether any reading of this row failed. */
	boolean bad() {
		return bad;
	}

	String raw(Column column) {
		return header.cell(cells, column);
	}

	/** The text, or {@code null} when blank (an error when the column is required). */
	@Nullable String text(Column column) {
		String value = raw(column);
		if (value.isEmpty()) {
			if (column.required()) {
				error(column, value, "transfer.error.required");
			}
			return null;
		}
		if (value.codePointCount(0, value.length()) > column.maxLength()) {
			error(column, value, "transfer.error.too-long", column.maxLength());
			return null;
		}
		return value;
	}

	/** The text if it has the form (compared after {@code normalize}), otherwise an error with the given key. */
	@Nullable String code(Column column, Pattern form, boolean upperCase, String errorKey) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String normalized = upperCase ? value.toUpperCase(Locale.ROOT) : value;
		if (!form.matcher(normalized).matches()) {
			error(column, value, errorKey);
			return null;
		}
		return normalized;
	}

	/** One of the enum's constants, by its name in any case. */
	<E extends Enum<E>> @Nullable E choice(Column column, Class<E> type) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String name = choiceOf(column, value, names(type));
		return name == null ? null : Enum.valueOf(type, name);
	}

	/** Constants of the enum, separated by {@value #LIST_SEPARATOR} (or commas, bars, spaces). */
	<E extends Enum<E>> Set<E> choices(Column column, Class<E> type) {
		Set<E> chosen = EnumSet.noneOf(type);
		choicesOf(column, names(type)).forEach(name -> chosen.add(Enum.valueOf(type, name)));
		return chosen;
	}

	/** Codes out of a known set (compared in any case), as the known set spells them. */
	Set<String> choicesOf(Column column, Collection<String> known) {
		String value = text(column);
		Set<String> chosen = new LinkedHashSet<>();
		if (value == null) {
			return chosen;
		}
		for (String part : LIST_SPLIT.split(value)) {
			if (!part.isEmpty()) {
				String name = choiceOf(column, part, known);
				if (name != null) {
					chosen.add(name);
				}
			}
		}
		return chosen;
	}

	/** A date written as ISO has it: {@code 2024-09-01}. */
	@Nullable LocalDate date(Column column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException notIso) {
			error(column, value, "transfer.error.date");
			return null;
		}
	}

	/** Yes or no ({@code true}/{@code false}, {@code yes}/{@code no}, {@code 1}/{@code 0}); blank is no. */
	boolean flag(Column column) {
		String value = text(column);
		if (value == null) {
			return false;
		}
		String answer = value.toLowerCase(Locale.ROOT);
		if (YES.contains(answer)) {
			return true;
		}
		if (!NO.contains(answer)) {
			error(column, value, "transfer.error.flag");
		}
		return false;
	}

	/**
	 * A name in three languages from three columns, each checked as {@link #text}; with {@code recommendAll},
	 * leaving out the Russian or the English one is reported as a warning.
	 */
	LocalizedText name(Column ky, Column ru, Column en, boolean recommendAll) {
		String kyrgyz = text(ky);
		String russian = text(ru);
		String english = text(en);
		if (recommendAll && kyrgyz != null) {
			if (russian == null && raw(ru).isEmpty()) {
				warning(ru, "transfer.warning.name-recommended");
			}
			if (english == null && raw(en).isEmpty()) {
				warning(en, "transfer.warning.name-recommended");
			}
		}
		return new LocalizedText(kyrgyz, russian, english);
	}

	void error(@Nullable Column column, @Nullable String value, String messageKey, Object... args) {
		bad = true;
		problems.error(row, column, value, messageKey, args);
	}

	void warning(Column column, String messageKey, Object... args) {
		problems.warning(row, column, raw(column), messageKey, args);
	}

	private @Nullable String choiceOf(Column column, String value, Collection<String> known) {
		for (String name : known) {
			if (name.equalsIgnoreCase(value)) {
				return name;
			}
		}
		error(column, value, "transfer.error.unknown-value", String.join(", ", known));
		return null;
	}

	private static <E extends Enum<E>> List<String> names(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
	}

	/** Joins codes for a cell, in the given order. */
	static String joined(Collection<String> codes) {
		return String.join(LIST_SEPARATOR, codes);
	}

}
