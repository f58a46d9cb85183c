package kg.omb.shared;

/** What was asked for does not exist, or the person may not know that it does: answered with 404. */
public class NotFoundException extends DomainException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
