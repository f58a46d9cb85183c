package kg.omb.files;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * The files module's API. An upload is checked by its content before anything is kept; its metadata row is written
 * in the caller's transaction, and if that transaction rolls back the bytes go too (unless another upload holds the
 * same content).
 * <p>
 * {@link #find}, {@link #open} and {@link #text} do not ask who is reading: the calling module checks its own rules
 * first. {@link #findReadable} applies the files module's access rules ({@link FileAccessPolicy}).
 */
public interface StoredFiles {

	/**
	 * Checks and stores an upload.
	 * @param content the bytes, read to the end (not closed)
	 * @param originalName the file name the person gave it
	 * @param declaredSize the size the client announced, or -1; never trusted, the bytes are counted
	 * @param uploader who uploads
	 * @throws DomainException {@code files.error.too-large}, {@code files.error.empty},
	 * {@code files.error.type-not-allowed}, {@code files.error.zip-bomb} or {@code files.error.unreadable}
	 */
	StoredFile store(InputStream content, String originalName, long declaredSize, Actor uploader);

	Optional<StoredFile> find(long id);

	/**
	 * The file, if the actor may read it.
	 * @throws NotFoundException when there is no such file or the actor may not read it (so that its existence is
	 * not revealed)
	 */
	StoredFile findReadable(long id, Actor actor);

	/**
	 * The content of a file; the caller closes the stream.
	 * @throws NotFoundException when there is no such file
	 */
	InputStream open(long id);

	/** The text extracted from the file for search: empty when the file has none or it could not be extracted. */
	Optional<String> text(long id);

	/** The files an account uploaded, newest first. */
	List<StoredFile> uploadedBy(long accountId);

	/** The largest upload accepted, in bytes ({@code omb.files.max-size}). */
	long maxUploadSize();

	/** Whether the actor may read the file (the uploader, an administrator, or any {@link FileAccessPolicy}). */
	boolean mayRead(StoredFile file, Actor actor);

}
