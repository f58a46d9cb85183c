package kg.omb.notifications.domain;

/** When a person gets notifications by e-mail. */
public enum Delivery {

	/** Each notification in an e-mail of its own, at once. */
	IMMEDIATE,

	/** One e-mail a day with everything still unread. */
	DAILY_DIGEST

}
