package kg.omb.reports.load;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.shared.Actor;

/**
 * Who sees which teaching-load statement and sets which norms. The member sees their whole statement, and so does
 * an administrator; the chair or the secretary of an OMB the member belongs to sees the member's work in that OMB;
 * an officer of an authorized body sees the member's work in the OMBs that answer to it, when the member belongs
 * to one of them (an officer of the platform scope: in every OMB). The norms of a body are set by its officers and
 * by administrators.
 */
@Component
class LoadAccess {

	private final CurrentAccess access;

	LoadAccess(CurrentAccess access) {
		this.access = access;
	}

	boolean administers() {
		return access.holds(Role.ADMIN, Scope.PLATFORM);
	}

	boolean setsNorms(long authorityId) {
		return administers() || access.holds(Role.AUTHORITY_OFFICER, Scope.of(ScopeType.AUTHORITY, authorityId));
	}

	boolean setsAllNorms() {
		return administers() || access.holds(Role.AUTHORITY_OFFICER, Scope.PLATFORM);
	}

	Set<Long> officerAuthorities() {
		return access.scopeIds(Role.AUTHORITY_OFFICER, ScopeType.AUTHORITY);
	}

	boolean isSelf(long accountId) {
		return Long.valueOf(accountId).equals(Actor.current().accountId());
	}

	/** The chair or the secretary of the OMB (an administrator too). */
	boolean organises(long associationId) {
		Scope scope = Scope.of(ScopeType.ASSOCIATION, associationId);
		return administers() || access.holds(Role.OMB_CHAIR, scope) || access.holds(Role.OMB_SECRETARY, scope);
	}

	/** An officer over the OMB's authority (none: a special-status university's own OMB, seen by no officer). */
	boolean oversees(@Nullable Long authorityId) {
		return access.holds(Role.AUTHORITY_OFFICER, Scope.PLATFORM)
				|| authorityId != null && access.holds(Role.AUTHORITY_OFFICER, Scope.of(ScopeType.AUTHORITY, authorityId));
	}

	/**
	 * What the signed-in person sees of the member's statement, given the OMBs the member belongs to (with the
	 * authority over each); refused when nothing at all.
	 */
	Viewer viewer(long accountId, Collection<Omb> memberships) {
		if (isSelf(accountId) || administers()) {
			return new Viewer(true, Set.of(), Set.of());
		}
		Set<Long> organised = new HashSet<>();
		boolean overseesOne = false;
		for (Omb omb : memberships) {
			if (organises(omb.id())) {
				organised.add(omb.id());
			}
			overseesOne |= oversees(omb.authorityId());
		}
		Set<Long> authorities = new HashSet<>();
		if (overseesOne) {
			authorities.addAll(officerAuthorities());
		}
		boolean overseesAll = overseesOne && access.holds(Role.AUTHORITY_OFFICER, Scope.PLATFORM);
		if (organised.isEmpty() && !overseesOne) {
			throw new AccessDeniedException("load.error.not-allowed");
		}
		return overseesAll ? new Viewer(true, Set.of(), Set.of()) : new Viewer(false, organised, authorities);
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("load.error.not-allowed");
		}
	}

	/** An OMB and the authority it answers to. */
	record Omb(long id, @Nullable Long authorityId) {
	}

	/**
	 * Sees the activities of every OMB ({@code all}), or of the OMBs it organises and of those that answer to its
	 * authorities.
	 */
	record Viewer(boolean all, Set<Long> organised, Set<Long> authorities) {

		boolean sees(long associationId, @Nullable Long authorityId) {
			return all || organised.contains(associationId) || authorityId != null && authorities.contains(authorityId);
		}

	}

}
