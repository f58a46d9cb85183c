package kg.omb.surveys.domain;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;

/**
 * Who may do what with requests: the chair or secretary of the owning OMB, or an officer of the owning authority,
 * designs, sends and decides on answers, and sees the consolidation; an organisation's representative fills in and
 * sees only the organisation's own answers; an administrator manages everything (but answers for no one).
 */
@Component
public class SurveyAccess {

	static final String NOT_ALLOWED = "surveys.error.not-allowed";

	private final CurrentAccess access;

	SurveyAccess(CurrentAccess access) {
		this.access = access;
	}

	public boolean administrator() {
		return access.holds(Role.ADMIN, Scope.PLATFORM);
	}

	public boolean manages(OwnerType type, long ownerId) {
		if (administrator()) {
			return true;
		}
		return switch (type) {
			case ASSOCIATION -> access.holds(Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, ownerId))
					|| access.holds(Role.OMB_SECRETARY, Scope.of(ScopeType.ASSOCIATION, ownerId));
			case AUTHORITY -> access.holds(Role.AUTHORITY_OFFICER, Scope.of(ScopeType.AUTHORITY, ownerId));
		};
	}

	public boolean manages(SurveyTemplate template) {
		return manages(template.getOwnerType(), template.getOwnerId());
	}

	void requireManages(SurveyTemplate template) {
		if (!manages(template)) {
			throw new AccessDeniedException(NOT_ALLOWED);
		}
	}

	public boolean represents(long organizationId) {
		return access.holds(Role.ORG_REPRESENTATIVE, Scope.of(ScopeType.ORGANIZATION, organizationId));
	}

	/** The associations whose requests the person manages (an administrator's are not listed: they see all). */
	Set<Long> managedAssociations() {
		Set<Long> ids = new LinkedHashSet<>(access.scopeIds(Role.OMB_CHAIR, ScopeType.ASSOCIATION));
		ids.addAll(access.scopeIds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION));
		return ids;
	}

	Set<Long> managedAuthorities() {
		return access.scopeIds(Role.AUTHORITY_OFFICER, ScopeType.AUTHORITY);
	}

	Set<Long> representedOrganizations() {
		return access.scopeIds(Role.ORG_REPRESENTATIVE, ScopeType.ORGANIZATION);
	}

}
