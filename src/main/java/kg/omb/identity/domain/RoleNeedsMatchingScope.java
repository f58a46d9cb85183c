package kg.omb.identity.domain;

import java.util.EnumSet;
import java.util.Set;

import kg.omb.identity.Role;
import kg.omb.identity.ScopeType;

/**
 * Each role is granted for the kind of thing it is about: a chair for an OMB, a section head for a section, an
 * officer for an authorized body; administrators and participants for the whole platform. An expert serves one
 * OMB or the whole platform.
 */
public final class RoleNeedsMatchingScope implements GrantPolicy {

	/** The scope types a role may be granted for. */
	public static Set<ScopeType> scopeTypesFor(Role role) {
		return switch (role) {
			case ADMIN, PARTICIPANT -> EnumSet.of(ScopeType.PLATFORM);
			case AUTHORITY_OFFICER -> EnumSet.of(ScopeType.AUTHORITY);
			case COUNCIL_MEMBER -> EnumSet.of(ScopeType.COUNCIL);
			case OMB_CHAIR, OMB_SECRETARY, OMB_MEMBER -> EnumSet.of(ScopeType.ASSOCIATION);
			case SECTION_HEAD -> EnumSet.of(ScopeType.SECTION);
			case ORG_REPRESENTATIVE -> EnumSet.of(ScopeType.ORGANIZATION);
			case EXPERT -> EnumSet.of(ScopeType.ASSOCIATION, ScopeType.PLATFORM);
		};
	}

	@Override
	public Decision check(GrantRequest request) {
		Role role = request.wanted().role();
		ScopeType type = request.wanted().scope().type();
		if (scopeTypesFor(role).contains(type)) {
			return Decision.allow();
		}
		return Decision.reject(role == Role.ADMIN || role == Role.PARTICIPANT ? "grant.error.platform-only"
				: "grant.error.scope-type." + role.name(), "scopeType");
	}

}
