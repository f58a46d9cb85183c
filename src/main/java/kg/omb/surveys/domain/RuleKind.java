package kg.omb.surveys.domain;

/**
 * A validation rule across values of an answer.
 * <ul>
 * <li>{@link #COLUMN_AT_MOST}: on every row of the table, the figure of one column is at most that of another
 * (employed within a year ≤ graduates).</li>
 * <li>{@link #FIELD_AT_MOST}: one number field is at most another.</li>
 * <li>{@link #COLUMN_TOTAL_EQUALS_FIELD}: the column's total over the table equals a number field (the total
 * enrolment given on the first page).</li>
 * </ul>
 */
public enum RuleKind {

	COLUMN_AT_MOST, FIELD_AT_MOST, COLUMN_TOTAL_EQUALS_FIELD

}
