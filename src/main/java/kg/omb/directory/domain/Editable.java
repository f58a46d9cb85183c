package kg.omb.directory.domain;

/** Something as an edit form shows it, with the version the form sends back so that a stale edit is refused. */
public record Editable<T>(long id, long version, T value) {
}
