package kg.omb.surveys.domain;

/** One figure of an answer's table: a row (specialty, level) and a column. */
public record CellRef(String specialtyCode, String levelCode, String columnCode) implements java.io.Serializable {

	public CellRef(FormRow row, String columnCode) {
		this(row.specialtyCode(), row.levelCode(), columnCode);
	}

}
