package kg.omb.identity;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * The part of the platform a role is granted for: a type and, except for the whole platform, the id of the thing
 * (OMB 7, section 12, organisation 31, authority 2).
 */
public record Scope(ScopeType type, @Nullable Long id) implements Serializable {

	public static final Scope PLATFORM = new Scope(ScopeType.PLATFORM, null);

	public Scope {
		if ((type == ScopeType.PLATFORM) != (id == null)) {
			throw new IllegalArgumentException("A platform scope has no id; every other scope has one");
		}
	}

	public static Scope of(ScopeType type, long id) {
		return new Scope(type, id);
	}

	/** Whether a grant with this scope covers the given one: the platform covers everything. */
	public boolean covers(Scope other) {
		return type == ScopeType.PLATFORM || equals(other);
	}

}
