package kg.omb.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The directory the files tests store into, and what lies in it. */
final class FilesTestSupport {

	/** Shared by the files tests that run in one application context. */
	static final String DIRECTORY = "target/test-data/files-tests";

	/** A small limit, so that "one byte over" is cheap to build. */
	static final String MAX_SIZE = "1MB";


	private FilesTestSupport() {
	}

	/** Every regular file under the files directory: stored content, and any temporary or staged upload. */
	static List<Path> filesOnDisk() {
		Path root = Path.of(DIRECTORY);
		if (!Files.exists(root)) {
			return List.of();
		}
		try (Stream<Path> all = Files.walk(root)) {
			return all.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

}
