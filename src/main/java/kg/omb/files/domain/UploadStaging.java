package kg.omb.files.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.unit.DataSize;

import kg.omb.shared.DomainException;

/**
 * Receives an upload into a temporary file, counting the bytes as they come: the size the client declared is never
 * trusted, and reading stops one byte past the limit. Nothing of the upload reaches the file store before it has
 * passed every check.
 */
class UploadStaging {

	private static final int BUFFER = 64 * 1024;

	private final Path directory;

	private final DataSize maxSize;

	UploadStaging(Path directory, DataSize maxSize) {
		this.directory = directory;
		this.maxSize = maxSize;
	}

	DataSize maxSize() {
		return maxSize;
	}

	/** The upload in a temporary file that is deleted when closed. */
	Staged receive(InputStream content) throws IOException {
		Files.createDirectories(directory);
		Path file = Files.createTempFile(directory, "upload-", ".part");
		try {
			long size = copyWithin(content, file, maxSize.toBytes());
			if (size == 0) {
				throw new DomainException("files.error.empty");
			}
			return new Staged(file, size);
		}
		catch (IOException | RuntimeException failure) {
			Files.deleteIfExists(file);
			throw failure;
		}
	}

	private static long copyWithin(InputStream content, Path file, long limit) throws IOException {
		long total = 0;
		byte[] buffer = new byte[BUFFER];
		try (OutputStream out = Files.newOutputStream(file)) {
			int read;
			while ((read = content.read(buffer)) != -1) {
				total += read;
				if (total > limit) {
					throw new DomainException("files.error.too-large", megabytes(limit));
				}
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

	/** The limit in whole megabytes as people count them (1 MB = 1024 × 1024 bytes), at least 1. */
	static long megabytes(long bytes) {
		return Math.max(1, bytes / DataSize.ofMegabytes(1).toBytes());
	}

	/** An upload waiting in a temporary file. */
	record Staged(Path path, long size) implements AutoCloseable {

		@Override
		public void close() {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException exception) {
				throw new UncheckedIOException(exception);
			}
		}

	}

}
