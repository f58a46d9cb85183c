package kg.omb.directory.transfer;

import org.springframework.security.access.AccessDeniedException;

import kg.omb.shared.DomainException;

/**
 * The directory refused a row while it was written (a rule the checks before did not foresee, or a permission):
 * the whole import rolls back, and the report names the row and the directory's reason.
 */
final class RowRefused extends RuntimeException {

	private final int row;

	private final String messageKey;

	private final transient Object[] arguments;

	private RowRefused(int row, String messageKey, Object[] arguments, Throwable cause) {
		super("Row " + row + " refused: " + messageKey, cause);
		this.row = row;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** Writes a row, naming it when the directory refuses it. */
	static void guard(int row, Runnable write) {
		try {
			write.run();
		}
		catch (DomainException refused) {
			throw new RowRefused(row, refused.messageKey(), refused.arguments(), refused);
		}
		catch (AccessDeniedException denied) {
			throw new RowRefused(row, "transfer.error.row-not-allowed", new Object[0], denied);
		}
	}

	int row() {
		return row;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}

}
