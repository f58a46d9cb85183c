package kg.omb.surveys.domain;

/** What a field of a request holds: a whole number, free text, one of given choices, or a date (ISO, 2025-09-01). */
public enum FieldKind {

	NUMBER, TEXT, CHOICE, DATE

}
