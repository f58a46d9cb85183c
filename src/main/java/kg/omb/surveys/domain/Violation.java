package kg.omb.surveys.domain;

import org.jspecify.annotations.Nullable;

/**
 * A value of an answer broke a rule: where (a field's code, or a cell of the table) and why, as a message key of the
 * surveys bundle with its arguments.
 */
public record Violation(@Nullable String field, @Nullable CellRef cell, String messageKey, Object... arguments)
		implements java.io.Serializable {

	public static Violation ofField(String field, String messageKey, Object... arguments) {
		return new Violation(field, null, messageKey, arguments);
	}

	public static Violation ofCell(CellRef cell, String messageKey, Object... arguments) {
		return new Violation(null, cell, messageKey, arguments);
	}

}
