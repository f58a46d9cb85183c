package kg.omb.meetings.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.shared.Actor;

/**
 * Who may do what with meetings. The secretary organises the OMB's meetings (§23) and the chair may too; a
 * section's head organises the section's. The chair sets the quorum rule of the bylaws and signs the minutes. The
 * members on the roll see the meeting, reply, mark their own attendance and vote. Administrators may do all.
 */
@Component
class MeetingAccess {

	private final CurrentAccess access;

	MeetingAccess(CurrentAccess access) {
		this.access = access;
	}

	boolean organises(long associationId, @Nullable Long sectionId) {
		return holds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION, associationId)
				|| holds(Role.OMB_CHAIR, ScopeType.ASSOCIATION, associationId)
				|| sectionId != null && holds(Role.SECTION_HEAD, ScopeType.SECTION, sectionId);
	}

	boolean organises(Meeting meeting) {
		return organises(meeting.getAssociationId(), meeting.getSectionId());
	}

	boolean chairs(long associationId) {
		return holds(Role.OMB_CHAIR, ScopeType.ASSOCIATION, associationId);
	}

	/** The organisers and everyone on the roll. */
	boolean sees(Meeting meeting) {
		Long accountId = Actor.current().accountId();
		return organises(meeting) || accountId != null && meeting.participantWithAccount(accountId).isPresent();
	}

	void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("meetings.error.not-allowed");
		}
	}

	private boolean holds(Role role, ScopeType type, long id) {
		Scope scope = Scope.of(type, id);
		return access.holds(role, scope) || access.holds(Role.ADMIN, scope);
	}

}
