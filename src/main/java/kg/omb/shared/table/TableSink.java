package kg.omb.shared.table;

import java.util.List;

/**
 * Receives a table as it is read, one row at a time, so that a large file never sits in memory whole. Rows are
 * numbered as the file numbers them (the header is row 1), so that a report points where the person looks.
 */
public interface TableSink {

	/** The first row, cells trimmed. Called once, before any row. */
	void header(List<String> names);

	/**
	 * A row after the header; rows whose cells are all blank are skipped. The list may be shorter than the header
	 * (trailing cells left out): a missing cell is blank.
	 */
	void row(int rowNumber, List<String> cells);

}
