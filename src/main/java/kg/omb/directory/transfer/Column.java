package kg.omb.directory.transfer;

/**
 * A column of an import file: its name in the header (language-neutral, the same in every file: {@code code},
 * {@code name_ky}), whether every row must fill it, and the most characters it takes (the database column's size).
 */
public record Column(String name, boolean required, int maxLength) {

	static Column required(String name, int maxLength) {
		return new Column(name, true, maxLength);
	}

	static Column optional(String name, int maxLength) {
		return new Column(name, false, maxLength);
	}

}
