package kg.omb.association.domain;

import kg.omb.identity.Role;

/** A member's role in the association, and the platform role that follows from it. */
public enum MemberRole {

	MEMBER(Role.OMB_MEMBER), SECRETARY(Role.OMB_SECRETARY), DEPUTY_CHAIR(Role.OMB_MEMBER);

	private final Role platformRole;

	MemberRole(Role platformRole) {
		this.platformRole = platformRole;
	}

	public Role platformRole() {
		return platformRole;
	}

}
