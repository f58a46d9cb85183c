package kg.omb.association.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;

/**
 * Who the console is for: anyone with a staff role (every role but a plain participant). Authority officers and
 * administrators also see the directory's management pages and the warnings.
 */
@Component("manageStaff")
class Staff {

	private final CurrentAccess access;

	Staff(CurrentAccess access) {
		this.access = access;
	}

	void require() {
		boolean staff = CurrentAccess.scopedRoles(SecurityContextHolder.getContext().getAuthentication())
			.stream()
			.anyMatch(held -> held.role().isStaff());
		if (!staff) {
			throw new AccessDeniedException("association.error.not-allowed");
		}
	}

	boolean isAdministrator() {
		return access.holds(Role.ADMIN, Scope.PLATFORM);
	}

	boolean isOfficer() {
		return !access.scopeIds(Role.AUTHORITY_OFFICER, ScopeType.AUTHORITY).isEmpty();
	}

	boolean overseesAuthorities() {
		return isAdministrator() || isOfficer();
	}

	void requireOverseer() {
		if (!overseesAuthorities()) {
			throw new AccessDeniedException("association.error.not-allowed");
		}
	}

}
