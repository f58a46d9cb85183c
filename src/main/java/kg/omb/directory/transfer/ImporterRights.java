package kg.omb.directory.transfer;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.ScopeType;
import kg.omb.identity.ScopedRole;

/**
 * What the person who starts an import may write, as the directory's own pages allow it: an administrator (or an
 * officer of the whole platform) anything; an authority officer the classifier, and only organisations their
 * authority supervises. Taken once, when the import starts, and applied row by row.
 */
record ImporterRights(boolean administrator, boolean everyAuthority, Set<Long> authorityIds) {

	ImporterRights {
		authorityIds = Set.copyOf(authorityIds);
	}

	/**
	 * @throws AccessDeniedException when the person is neither an administrator nor an authority officer
	 */
	static ImporterRights of(@Nullable Authentication person) {
		boolean administrator = person != null && person.getAuthorities().stream()
			.anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
		Set<Long> authorities = new LinkedHashSet<>();
		boolean platformOfficer = false;
		for (ScopedRole held : CurrentAccess.scopedRoles(person)) {
			administrator |= held.role() == Role.ADMIN;
			if (held.role() == Role.AUTHORITY_OFFICER) {
				platformOfficer |= held.scope().type() == ScopeType.PLATFORM;
				if (held.scope().type() == ScopeType.AUTHORITY && held.scope().id() != null) {
					authorities.add(held.scope().id());
				}
			}
		}
		if (!administrator && !platformOfficer && authorities.isEmpty()) {
			throw new AccessDeniedException("Imports of the directory are for administrators and authority officers");
		}
		return new ImporterRights(administrator, administrator || platformOfficer, authorities);
	}

	/** Whether a row may name this authority as the supervisor; only an administrator may name none. */
	boolean maySupervise(@Nullable Long authorityId) {
		if (authorityId == null) {
			return administrator;
		}
		return everyAuthority || authorityIds.contains(authorityId);
	}

}
