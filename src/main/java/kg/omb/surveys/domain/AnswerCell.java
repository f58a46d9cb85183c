package kg.omb.surveys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One figure of an answer's table, as stored. */
@Embeddable
public record AnswerCell(@Column(name = "specialty_code", nullable = false) String specialtyCode,
		@Column(name = "level_code", nullable = false) String levelCode,
		@Column(name = "column_code", nullable = false) String columnCode, long amount) {

	public CellRef ref() {
		return new CellRef(specialtyCode, levelCode, columnCode);
	}

}
