package kg.omb.identity.web;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.PermissionEvaluator;
import org.springframework.security.core.Authentication;

import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;

/**
 * {@code hasPermission(#associationId, 'ASSOCIATION', 'OMB_CHAIR,OMB_SECRETARY')}: true when the person holds one
 * of the named roles in a scope that covers ASSOCIATION:id, that is, in that very association or on the whole
 * platform. The permission names roles (comma separated text, a {@link Role} or a collection of them); the target
 * type names a {@link ScopeType}. {@code hasPermission(scope, 'EXPERT')} takes a {@link Scope}. ADMIN is a role like
 * any other here: it covers a scope only where it is named.
 */
final class ScopedPermissionEvaluator implements PermissionEvaluator {

	@Override
	public boolean hasPermission(@Nullable Authentication authentication, @Nullable Object target,
			Object permission) {
		if (target instanceof Scope scope) {
			return CurrentAccess.permits(authentication, roles(permission), scope);
		}
		return false;
	}

	@Override
	public boolean hasPermission(@Nullable Authentication authentication, @Nullable Serializable targetId,
			String targetType, Object permission) {
		ScopeType type = ScopeType.valueOf(targetType.strip().toUpperCase(Locale.ROOT));
		if (type == ScopeType.PLATFORM) {
			return CurrentAccess.permits(authentication, roles(permission), Scope.PLATFORM);
		}
		Long id = id(targetId);
		return id != null && CurrentAccess.permits(authentication, roles(permission), Scope.of(type, id));
	}

	private static @Nullable Long id(@Nullable Serializable targetId) {
		if (targetId instanceof Number number) {
			return number.longValue();
		}
		if (targetId instanceof String text && text.strip().matches("\\d+")) {
			return Long.valueOf(text.strip());
		}
		return null;
	}

	private static Set<Role> roles(Object permission) {
		if (permission instanceof Role role) {
			return EnumSet.of(role);
		}
		if (permission instanceof String names) {
			return CurrentAccess.parseRoles(names);
		}
		if (permission instanceof Collection<?> collection) {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			collection.forEach(each -> roles.addAll(roles(each)));
			return roles;
		}
		throw new IllegalArgumentException("A permission names roles, not " + permission);
	}

}
