package kg.omb.news.domain;

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
 * Who writes news: an OMB's chair or secretary for the OMB, an officer of any authorized body for the whole portal,
 * an administrator for both.
 */
@Component
class NewsAccess {

	private final CurrentAccess access;

	NewsAccess(CurrentAccess access) {
		this.access = access;
	}

	boolean writes(@Nullable Long associationId) {
		if (administers()) {
			return true;
		}
		if (associationId == null) {
			return !access.scopeIds(Role.AUTHORITY_OFFICER, ScopeType.AUTHORITY).isEmpty()
					|| access.holds(Role.AUTHORITY_OFFICER, Scope.PLATFORM);
		}
		Scope omb = Scope.of(ScopeType.ASSOCIATION, associationId);
		return access.holds(Role.OMB_CHAIR, omb) || access.holds(Role.OMB_SECRETARY, omb);
	}

	boolean administers() {
		return access.holds(Role.ADMIN, Scope.PLATFORM);
	}

	/** The OMBs whose news the person writes as their chair or secretary. */
	Set<Long> associations() {
		Set<Long> ids = new LinkedHashSet<>(access.scopeIds(Role.OMB_CHAIR, ScopeType.ASSOCIATION));
		ids.addAll(access.scopeIds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION));
		return ids;
	}

	void require(@Nullable Long associationId) {
		if (!writes(associationId)) {
			throw new AccessDeniedException("news.error.not-allowed");
		}
	}

}
