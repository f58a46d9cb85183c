package kg.omb.shared.table;

/**
 * A spreadsheet takes a CSV cell that starts with {@code = + - @}, a tab or a carriage return for a formula, which
 * an attacker can use; the writer puts an apostrophe before such a cell (as spreadsheets themselves do), the reader
 * takes exactly that apostrophe off again, so that a file exported and imported back is unchanged.
 */
final class FormulaGuard {

	private static final String TRIGGERS = "=+-@\t\r";

	private FormulaGuard() {
	}

	static String guard(String value) {
		return startsWithTrigger(value, 0) ? "'" + value : value;
	}

	static String unguard(String value) {
		return value.length() > 1 && value.charAt(0) == '\'' && startsWithTrigger(value, 1) ? value.substring(1)
				: value;
	}

	private static boolean startsWithTrigger(String value, int index) {
		return value.length() > index && TRIGGERS.indexOf(value.charAt(index)) >= 0;
	}

}
