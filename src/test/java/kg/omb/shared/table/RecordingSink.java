package kg.omb.shared.table;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader hands over, for the tests to look at. */
final class RecordingSink implements TableSink {

	final List<String> header = new ArrayList<>();

	final List<Integer> rowNumbers = new ArrayList<>();

	final List<List<String>> rows = new ArrayList<>();

	@Override
	public void header(List<String> names) {
		header.addAll(names);
	}

	@Override
	public void row(int rowNumber, List<String> cells) {
		rowNumbers.add(rowNumber);
		rows.add(cells);
	}

}
