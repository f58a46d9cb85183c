package kg.omb.notifications;

import java.util.regex.Pattern;

/**
 * What a person may follow: an OMB (its id), a specialty or direction (its classifier code) or a kind of document
 * (the kind's name). A key is short and plain (letters, digits, {@code _ . -}), so that it can be part of an address.
 */
public record Topic(Type type, String key) {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

	public Topic {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Invalid topic key: " + key);
		}
	}

	public static Topic association(long associationId) {
		return new Topic(Type.ASSOCIATION, Long.toString(associationId));
	}

	public static Topic specialty(String code) {
		return new Topic(Type.SPECIALTY, code);
	}

	public static Topic documentKind(Enum<?> kind) {
		return new Topic(Type.DOCUMENT_KIND, kind.name());
	}

	/** Whether the key is one a topic may have, for input from a form. */
	public static boolean isValidKey(String key) {
		return KEY.matcher(key).matches();
	}

	public enum Type {

		ASSOCIATION, SPECIALTY, DOCUMENT_KIND

	}

}
