package kg.omb.notifications.domain;

/** Where an outbox e-mail stands. A failed attempt leaves it {@link #PENDING} with a later next attempt. */
enum OutboxStatus {

	PENDING, SENT,

	/** Given up after the configured number of attempts; kept, with its last error, for someone to look into. */
	FAILED_PERMANENTLY

}
