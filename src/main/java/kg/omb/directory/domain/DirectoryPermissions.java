package kg.omb.directory.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.ActRecordingRule;
import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.identity.ScopedRole;

/**
 * Who may change what in the directory. Authorized bodies: administrators. Organisations: administrators and the
 * officers of the supervising authority. The classifier: administrators and any authority officer. Legal acts:
 * administrators, the issuer's own staff (an authority's officers, an organisation's representatives) and whoever
 * an {@link ActRecordingRule} of another module lets record them.
 */
@Component
public class DirectoryPermissions {

	private final List<ActRecordingRule> recordingRules;

	DirectoryPermissions(List<ActRecordingRule> recordingRules) {
		this.recordingRules = List.copyOf(recordingRules);
	}

	public boolean isAdmin() {
		Authentication person = person();
		return hasAuthority(person, Role.ADMIN.authority())
				|| CurrentAccess.permits(person, Set.of(Role.ADMIN), Scope.PLATFORM);
	}

	public boolean mayManageAuthorities() {
		return isAdmin();
	}

	/** Whether the person may create or change an organisation supervised by the authority (none: admins only). */
	public boolean mayManageOrganizationsOf(@Nullable Long authorityId) {
		return isAdmin() || (authorityId != null && officerOf(authorityId));
	}

	/** Whether the person manages some organisations: an administrator or an officer of some authority. */
	public boolean mayManageSomeOrganizations() {
		return isAdmin() || !officerAuthorityIds().isEmpty() || officerOnPlatform();
	}

	public boolean mayEditClassifier() {
		Authentication person = person();
		return isAdmin() || hasAuthority(person, Role.AUTHORITY_OFFICER.authority())
				|| CurrentAccess.scopedRoles(person).stream().anyMatch(held -> held.role() == Role.AUTHORITY_OFFICER);
	}

	public boolean mayRecordFor(ActIssuer issuer) {
		if (isAdmin()) {
			return true;
		}
		boolean own = switch (issuer.type()) {
			case AUTHORITY -> officerOf(issuer.id());
			case ORGANIZATION -> CurrentAccess.permits(person(), Set.of(Role.ORG_REPRESENTATIVE),
					Scope.of(ScopeType.ORGANIZATION, issuer.id()));
		};
		Authentication person = person();
		return own || (person != null && recordingRules.stream().anyMatch(rule -> rule.allows(person, issuer)));
	}

	/** Whether the person records acts as an issuer's own staff (other modules' rules are asked per issuer). */
	public boolean recordsOwnIssuersActs() {
		return isAdmin() || CurrentAccess.scopedRoles(person()).stream()
			.anyMatch(held -> held.role() == Role.AUTHORITY_OFFICER || held.role() == Role.ORG_REPRESENTATIVE);
	}

	/** The authorities whose officer the person is (by grant in that scope). */
	public Set<Long> officerAuthorityIds() {
		return CurrentAccess.scopedRoles(person()).stream()
			.filter(held -> held.role() == Role.AUTHORITY_OFFICER && held.scope().type() == ScopeType.AUTHORITY)
			.map(ScopedRole::scope)
			.map(Scope::id)
			.collect(Collectors.toSet());
	}

	/** An officer whose grant covers the whole platform answers for every authority. */
	public boolean officerOnPlatform() {
		return CurrentAccess.permits(person(), Set.of(Role.AUTHORITY_OFFICER), Scope.PLATFORM);
	}

	void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("directory.error.not-allowed");
		}
	}

	private boolean officerOf(long authorityId) {
		return CurrentAccess.permits(person(), Set.of(Role.AUTHORITY_OFFICER), Scope.of(ScopeType.AUTHORITY, authorityId));
	}

	private static @Nullable Authentication person() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

	private static boolean hasAuthority(@Nullable Authentication person, String authority) {
		if (person == null || !person.isAuthenticated()) {
			return false;
		}
		for (GrantedAuthority granted : person.getAuthorities()) {
			if (authority.equals(granted.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
