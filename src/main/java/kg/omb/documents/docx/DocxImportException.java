package kg.omb.documents.docx;

import kg.omb.shared.DomainException;

/** The file is not a readable Word document, or holds no text to import. */
public class DocxImportException extends DomainException {

	DocxImportException(String messageKey, Throwable cause) {
		super(messageKey);
		initCause(cause);
	}

	DocxImportException(String messageKey) {
		super(messageKey);
	}

}
