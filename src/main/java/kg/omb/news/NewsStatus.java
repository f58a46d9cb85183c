package kg.omb.news;

/** Where a news item stands: only a published one is public. */
public enum NewsStatus {

	DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN

}
