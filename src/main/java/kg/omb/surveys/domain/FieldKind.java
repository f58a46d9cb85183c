package kg.omb.surveys.domain;

/**
 * What a field of a request holds: a whole number, free text, one of given choices, a date (ISO, 2025-09-01), or a
 * file attached in the browser (kept by the files module; the answer keeps its id).
 */
public enum FieldKind {

	NUMBER, TEXT, CHOICE, DATE, FILE

}
