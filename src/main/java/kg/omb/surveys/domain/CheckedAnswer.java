package kg.omb.surveys.domain;

import java.util.List;
import java.util.Map;

/**
 * An answer after the check: the values that passed (fields as normalised text, cells as numbers; blanks left out)
 * and every violation found. Nothing is kept when there is any violation.
 */
public record CheckedAnswer(Map<String, String> fields, Map<CellRef, Long> cells, List<Violation> violations) {

	public boolean valid() {
		return violations.isEmpty();
	}

}
