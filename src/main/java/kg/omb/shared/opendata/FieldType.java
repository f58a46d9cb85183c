package kg.omb.shared.opendata;

/** What the values of an open data field are, as JSON gives them and the dictionary describes them. */
public enum FieldType {

	/** Text in the language the record has it. */
	TEXT,

	/** A whole number; a JSON number. */
	INTEGER,

	/** A day, ISO {@code yyyy-MM-dd}. */
	DATE,

	/** {@code true} or {@code false}; a JSON boolean. */
	BOOLEAN,

	/** An absolute address on the portal or elsewhere. */
	URL

}
