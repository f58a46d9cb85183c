package kg.omb.reports.domain;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;

/**
 * Who does what with the reports: the OMB's chair writes, approves and publishes its report (an administrator
 * too); the secretary reads the draft; an officer of an authorized body oversees the OMBs that answer to it (an
 * officer of the platform scope every OMB), and a member of a consultative council oversees every OMB.
 */
@Component
class ReportAccess {

	private final CurrentAccess access;

	ReportAccess(CurrentAccess access) {
		this.access = access;
	}

	boolean administers() {
		return access.holds(Role.ADMIN, Scope.PLATFORM);
	}

	boolean chairs(long associationId) {
		return administers() || access.holds(Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, associationId));
	}

	/** Reads the OMB's report before it is published: its chair, its secretary, or whoever oversees it. */
	boolean reads(long associationId, @Nullable Long authorityId) {
		return chairs(associationId)
				|| access.holds(Role.OMB_SECRETARY, Scope.of(ScopeType.ASSOCIATION, associationId))
				|| oversees(authorityId);
	}

	/** Oversees the OMBs of the authority (none: an OMB of a special-status university). */
	boolean oversees(@Nullable Long authorityId) {
		if (overseesAll()) {
			return true;
		}
		return authorityId != null && access.holds(Role.AUTHORITY_OFFICER, Scope.of(ScopeType.AUTHORITY, authorityId));
	}

	boolean overseesAll() {
		return administers() || access.holds(Role.AUTHORITY_OFFICER, Scope.PLATFORM)
				|| !access.scopeIds(Role.COUNCIL_MEMBER, ScopeType.COUNCIL).isEmpty();
	}

	/** Whether the person oversees any OMB at all. */
	boolean overseesAny() {
		return overseesAll() || !access.scopeIds(Role.AUTHORITY_OFFICER, ScopeType.AUTHORITY).isEmpty();
	}

	/** The OMBs whose reports the person works on as chair or secretary. */
	Set<Long> ownAssociations() {
		Set<Long> ids = new LinkedHashSet<>(access.scopeIds(Role.OMB_CHAIR, ScopeType.ASSOCIATION));
		ids.addAll(access.scopeIds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION));
		return ids;
	}

	Set<Long> chairedAssociations() {
		return access.scopeIds(Role.OMB_CHAIR, ScopeType.ASSOCIATION);
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("reports.error.not-allowed");
		}
	}

}
