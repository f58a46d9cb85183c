package kg.omb.identity;

/**
 * What a person may do on the platform. Every role except {@link #ADMIN} and {@link #PARTICIPANT} is granted with a
 * scope: "chair of OMB 7", "officer of authority 2".
 */
public enum Role {

	ADMIN, AUTHORITY_OFFICER, COUNCIL_MEMBER, OMB_CHAIR, OMB_SECRETARY, SECTION_HEAD, OMB_MEMBER, EXPERT,
	ORG_REPRESENTATIVE, PARTICIPANT;

	/** The authority name Spring Security checks with {@code hasRole}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Roles held by staff, who may protect their sign-in with a second factor. */
	public boolean isStaff() {
		return this != PARTICIPANT;
	}

}
