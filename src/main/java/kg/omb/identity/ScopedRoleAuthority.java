package kg.omb.identity;

import org.springframework.security.core.GrantedAuthority;

/**
 * A role held within a scope, as the signed-in person's authority: {@code OMB_CHAIR@ASSOCIATION:7}. Beside it the
 * person also holds the plain {@code ROLE_OMB_CHAIR}, so that URL rules can ask for the role in any scope.
 */
public record ScopedRoleAuthority(ScopedRole scopedRole) implements GrantedAuthority {

	@Override
	public String getAuthority() {
		Scope scope = scopedRole.scope();
		return scopedRole.role().name() + "@" + scope.type().name() + (scope.id() == null ? "" : ":" + scope.id());
	}

}
