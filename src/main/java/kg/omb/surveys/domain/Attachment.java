package kg.omb.surveys.domain;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file chosen for a FILE field of an answer, as the browser sent it: the field's code, the name the person gave
 * the file, the size the client announced (-1 when unknown; never trusted) and a way to read its bytes.
 */
public record Attachment(String field, String name, long size, Content content) {

	/** Opens the bytes of the upload; the caller closes the stream. */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;

	}

}
