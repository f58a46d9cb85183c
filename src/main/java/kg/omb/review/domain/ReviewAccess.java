package kg.omb.review.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.shared.Actor;

/**
 * Who may do what in expert review. The chairs and secretaries of the OMBs keep the pool (approve, invite, search)
 * and organise the reviews of their OMB's subjects; the chair, or the head of the section that drafted the
 * subject, decides on the reviews; an expert acts on their own invitations only. Administrators may do all.
 */
@Component
class ReviewAccess {

	private final CurrentAccess access;

	ReviewAccess(CurrentAccess access) {
		this.access = access;
	}

	boolean keepsPool() {
		return admin() || !access.scopeIds(Role.OMB_CHAIR, ScopeType.ASSOCIATION).isEmpty()
				|| !access.scopeIds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION).isEmpty();
	}

	boolean organises(long associationId) {
		Scope scope = Scope.of(ScopeType.ASSOCIATION, associationId);
		return admin() || access.holds(Role.OMB_CHAIR, scope) || access.holds(Role.OMB_SECRETARY, scope);
	}

	boolean decides(ReviewRequest request) {
		Long section = request.getSectionId();
		return admin() || access.holds(Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, request.getAssociationId()))
				|| section != null && access.holds(Role.SECTION_HEAD, Scope.of(ScopeType.SECTION, section));
	}

	boolean authors(ReviewRequest request) {
		Long me = Actor.current().accountId();
		return me != null && request.authors().stream().anyMatch(author -> me.equals(author.accountId()));
	}

	boolean admin() {
		return access.holds(Role.ADMIN, Scope.PLATFORM);
	}

	static long me() {
		Long me = Actor.current().accountId();
		if (me == null) {
			throw new AccessDeniedException("review.error.not-allowed");
		}
		return me;
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("review.error.not-allowed");
		}
	}

	static @Nullable Long current() {
		return Actor.current().accountId();
	}

}
