package kg.omb.association.domain;

/** What a line of an association's history records; each has a message key {@code association.change.<name>}. */
public enum ChangeKind {

	CREATED, SPECIAL_STATUS_REGISTERED, BASE_TRANSFERRED, CHAIR_CONFIRMED, CHAIR_TERM_ENDED, REORGANISED, DISSOLVED,
	SECTION_CREATED, SECTION_CLOSED, SECTION_HEAD_APPOINTED, SUBSECTION_CREATED, MEMBER_JOINED, MEMBER_LEFT,
	BYLAWS_ADOPTED, COUNCIL_FORMED, COUNCIL_MEMBER_APPOINTED, COUNCIL_MEMBER_LEFT, COUNCIL_RECOMMENDATION_ADOPTED;

	public String messageKey() {
		return "association.change." + name().toLowerCase().replace('_', '-');
	}

}
