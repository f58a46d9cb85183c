package kg.omb.identity;

/** What a role grant is limited to. {@link #PLATFORM} means no limit (the whole platform). */
public enum ScopeType {

	PLATFORM, AUTHORITY, COUNCIL, ASSOCIATION, SECTION, ORGANIZATION

}
