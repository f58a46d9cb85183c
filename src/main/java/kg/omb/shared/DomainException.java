package kg.omb.shared;

import java.util.Arrays;

/**
 * A rule of the domain refused an action. Carries a message key (from the {@code messages_*} bundles) and its
 * arguments, so that the person sees the reason in their own language.
 */
public class DomainException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public DomainException(String messageKey, Object... arguments) {
		super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
