package kg.omb.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of files live, addressed by the SHA-256 of their content (64 lower-case hex digits). The same
 * content is kept once. Implementations: a local directory (the default) and, for several nodes, an S3-compatible
 * object store. Metadata, validation and access rules are not the store's business.
 */
public interface FileStore {

	/**
	 * Stores the content read to its end, hashing it on the way; content already stored is not written twice.
	 * Either the whole content is stored under its key, or nothing is.
	 */
	StoredContent put(InputStream content) throws IOException;

	/** The content stored under the key; the caller closes the stream. */
	InputStream open(String sha256) throws IOException;

	boolean exists(String sha256);

	/** Removes the content stored under the key; says whether there was any. */
	boolean delete(String sha256) throws IOException;

	/** The key and size of stored content. */
	record StoredContent(String sha256, long size) {
	}

}
