package kg.omb.identity.domain;

import org.jspecify.annotations.Nullable;

/**
 * What a rule says about an action: allowed, or rejected with a reason the person can read (a message key) and,
 * where the reason belongs to one field of a form, the name of that field.
 */
public record Decision(boolean allowed, @Nullable String reasonKey, @Nullable String field) {

	private static final Decision ALLOWED = new Decision(true, null, null);

	public static Decision allow() {
		return ALLOWED;
	}

	public static Decision reject(String reasonKey) {
		return new Decision(false, reasonKey, null);
	}

	public static Decision reject(String reasonKey, String field) {
		return new Decision(false, reasonKey, field);
	}

	public boolean rejected() {
		return !allowed;
	}

	/** Throws the rejection, if this is one. */
	public void orThrow() {
		if (!allowed) {
			throw new RuleViolation(this);
		}
	}

}
