package kg.omb.directory.domain;

/** What saving a record by its code did: created a new one, changed the existing one, or found nothing to change. */
public record SaveOutcome(long id, Result result) {

	public enum Result {

		CREATED, UPDATED, UNCHANGED

	}

}
