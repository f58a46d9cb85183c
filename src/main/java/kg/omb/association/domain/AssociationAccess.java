package kg.omb.association.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;

/**
 * Who may change what in an association's structure. The authority governs the associations it created (§3, §14:
 * creation, chairs, transfers, dissolution); a special-status university governs its own (§25). The chair shapes
 * the structure (§15, §18: sections, working groups) and decides on membership; the secretary keeps the records
 * (acts of the base organisation, bylaws, working groups); an organisation's head proposes its staff (§16).
 * Administrators may do everything.
 */
@Component
class AssociationAccess {

	private final CurrentAccess access;

	AssociationAccess(CurrentAccess access) {
		this.access = access;
	}

	boolean governs(Association association) {
		if (association.isSpecialStatus()) {
			return holds(Role.ORG_REPRESENTATIVE, ScopeType.ORGANIZATION, association.baseOrganizationId());
		}
		Long authority = association.getAuthorityId();
		return authority != null && governsAuthority(authority);
	}

	boolean governsAuthority(long authorityId) {
		return holds(Role.AUTHORITY_OFFICER, ScopeType.AUTHORITY, authorityId);
	}

	boolean represents(long organizationId) {
		return holds(Role.ORG_REPRESENTATIVE, ScopeType.ORGANIZATION, organizationId);
	}

	boolean chairs(long associationId) {
		return holds(Role.OMB_CHAIR, ScopeType.ASSOCIATION, associationId);
	}

	boolean keepsRecords(long associationId) {
		return chairs(associationId) || holds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION, associationId);
	}

	boolean isAdministrator() {
		return access.holds(Role.ADMIN, Scope.PLATFORM);
	}

	void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("association.error.not-allowed");
		}
	}

	private boolean holds(Role role, ScopeType type, long id) {
		Scope scope = Scope.of(type, id);
		return access.holds(role, scope) || access.holds(Role.ADMIN, scope);
	}

}
