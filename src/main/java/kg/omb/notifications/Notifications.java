package kg.omb.notifications;

/**
 * The notifications module's API for other modules: tell a person that something happened.
 */
public interface Notifications {

	/**
	 * Adds the notice to the person's in-app notifications and, depending on their preference, puts an e-mail in
	 * the outbox at once or leaves it for the daily digest. Inactive accounts get no e-mail. Runs in the caller's
	 * transaction: when the caller's change rolls back, so do the notification and its e-mail.
	 * @throws IllegalArgumentException when there is no such account (a caller's mistake, not a person's)
	 */
	void notify(long accountId, Notice notice);

}
