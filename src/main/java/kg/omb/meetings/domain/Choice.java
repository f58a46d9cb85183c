package kg.omb.meetings.domain;

/** How a member votes on an item. */
public enum Choice {

	FOR, AGAINST, ABSTAIN

}
