package kg.omb.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The scoped roles of the signed-in person, for services and SpEL ({@code @access.holds('OMB_CHAIR',
 * 'ASSOCIATION', #id)}). A role held on the {@link ScopeType#PLATFORM platform} covers every scope; no role covers
 * another one: an ADMIN is an ADMIN, not automatically a chair of every OMB.
 * <p>
 * The principal carries one {@link ScopedRoleAuthority} per grant that is effective at sign-in, so expired and
 * revoked grants are never seen here. An authority written as text ({@code OMB_CHAIR@ASSOCIATION:7}) counts too.
 */
@Component("access")
public class CurrentAccess {

	/** Whether the signed-in person holds one of the roles (comma separated names) in a scope covering type:id. */
	public boolean holds(String roles, String scopeType, @Nullable Long scopeId) {
		return permits(currentAuthentication(), parseRoles(roles), scope(scopeType, scopeId));
	}

	public boolean holds(Role role, Scope scope) {
		return permits(currentAuthentication(), EnumSet.of(role), scope);
	}

	/** The ids of the scopes of one type in which the person holds the role, e.g. the OMBs they chair. */
	public Set<Long> scopeIds(Role role, ScopeType type) {
		return scopedRoles(currentAuthentication()).stream()
			.filter(held -> held.role() == role && held.scope().type() == type)
			.map(held -> held.scope().id())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** Whether the authentication holds one of the roles with a scope that covers the given one. */
	public static boolean permits(@Nullable Authentication authentication, Collection<Role> roles, Scope scope) {
		return scopedRoles(authentication).stream()
			.anyMatch(held -> roles.contains(held.role()) && held.scope().covers(scope));
	}

	/** The scoped roles an authentication carries; none for an anonymous or missing one. */
	public static Set<ScopedRole> scopedRoles(@Nullable Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return Set.of();
		}
		Set<ScopedRole> held = new LinkedHashSet<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (authority instanceof ScopedRoleAuthority scoped) {
				held.add(scoped.scopedRole());
			}
			else if (authority != null && authority.getAuthority() != null) {
				parse(authority.getAuthority()).ifPresent(held::add);
			}
		}
		return held;
	}

	/** Role names separated by commas: {@code "OMB_CHAIR, OMB_SECRETARY"}. An unknown name is a programming error. */
	public static Set<Role> parseRoles(String roles) {
		Set<Role> parsed = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(","))
			.map(String::strip)
			.filter(name -> !name.isEmpty())
			.forEach(name -> parsed.add(Role.valueOf(name.toUpperCase(Locale.ROOT))));
		return parsed;
	}

	/** A scope from its type name and id; the platform takes no id. */
	public static Scope scope(String scopeType, @Nullable Long scopeId) {
		ScopeType type = ScopeType.valueOf(scopeType.strip().toUpperCase(Locale.ROOT));
		return type == ScopeType.PLATFORM ? Scope.PLATFORM : new Scope(type, scopeId);
	}

	/** Reads the text form of a {@link ScopedRoleAuthority}; anything else (ROLE_ADMIN) is not a scoped role. */
	static Optional<ScopedRole> parse(String authority) {
		int at = authority.indexOf('@');
		if (at <= 0) {
			return Optional.empty();
		}
		try {
			Role role = Role.valueOf(authority.substring(0, at));
			String scopePart = authority.substring(at + 1);
			int colon = scopePart.indexOf(':');
			ScopeType type = ScopeType.valueOf(colon < 0 ? scopePart : scopePart.substring(0, colon));
			Long id = colon < 0 ? null : Long.valueOf(scopePart.substring(colon + 1));
			return Optional.of(new ScopedRole(role, new Scope(type, id)));
		}
		catch (IllegalArgumentException notAScopedRole) {
			return Optional.empty();
		}
	}

	private static @Nullable Authentication currentAuthentication() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

}
