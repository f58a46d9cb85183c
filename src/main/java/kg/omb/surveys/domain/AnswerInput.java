package kg.omb.surveys.domain;

import java.util.Map;

/** An answer as typed or uploaded, before it is checked: the text of each field and of each cell of the table. */
public record AnswerInput(Map<String, String> fields, Map<CellRef, String> cells) {

	public AnswerInput {
		fields = Map.copyOf(fields);
		cells = Map.copyOf(cells);
	}

}
