package kg.omb.shared.opendata;

import java.util.List;
import java.util.function.Consumer;

/**
 * A registry a module publishes as open data: what anyone may read of it, one row per record, never more than its
 * public pages show. Its title, description and each field's meaning are message keys of the module's bundle:
 * {@code opendata.<name>.title}, {@code opendata.<name>.description}, {@code opendata.<name>.field.<field>}.
 */
public interface OpenDataset {

	/** The name in addresses and file names: {@code organizations}, {@code documents}. */
	String name();

	/** The fields, in the order of every row's cells. */
	List<OpenDataField> fields();

	/**
	 * Gives every row, in a stable order, its cells as text in the order of {@link #fields()} ({@code null} for a
	 * value the record does not have): numbers in plain digits, dates as ISO {@code yyyy-MM-dd}, booleans as
	 * {@code true}/{@code false}. Called in a read-only transaction.
	 */
	void each(Consumer<List<String>> row);

	default String messageKey() {
		return "opendata." + name();
	}

}
