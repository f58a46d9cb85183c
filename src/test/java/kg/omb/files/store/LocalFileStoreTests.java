package kg.omb.files.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kg.omb.files.FileStore.StoredContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalFileStoreTests {

	@TempDir
	Path root;

	@Test
	void keepsContentUnderItsSha256InTwoLevelsOfFolders() throws Exception {
		var store = new LocalFileStore(root);
		byte[] content = "Окуу программасы".getBytes(StandardCharsets.UTF_8);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

		StoredContent stored = store.put(new ByteArrayInputStream(content));

		assertThat(stored).isEqualTo(new StoredContent(sha256, content.length));
		assertThat(root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256))
			.hasBinaryContent(content);
		assertThat(store.exists(sha256)).isTrue();
		try (InputStream back = store.open(sha256)) {
			assertThat(back.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void keepsTheSameContentOnceAndLeavesNoTemporaryFiles() throws IOException {
		var store = new LocalFileStore(root);
		byte[] content = "бир эле".getBytes(StandardCharsets.UTF_8);

		StoredContent first = store.put(new ByteArrayInputStream(content));
		StoredContent second = store.put(new ByteArrayInputStream(content));

		assertThat(second).isEqualTo(first);
		assertThat(regularFiles()).containsExactly(store.pathOf(first.sha256()));
	}

	@Test
	void deletesContentAndSaysWhetherThereWasAny() throws IOException {
		var store = new LocalFileStore(root);
		StoredContent stored = store.put(new ByteArrayInputStream(new byte[] { 1, 2, 3 }));

		assertThat(store.delete(stored.sha256())).isTrue();
		assertThat(store.exists(stored.sha256())).isFalse();
		assertThat(store.delete(stored.sha256())).isFalse();
		assertThatThrownBy(() -> store.open(stored.sha256())).isInstanceOf(NoSuchFileException.class);
	}

	@Test
	void leavesNothingWhenTheContentCannotBeReadToItsEnd() {
		var store = new LocalFileStore(root);
		InputStream broken = new InputStream() {

			private int left = 1000;

			@Override
			public int read() throws IOException {
				if (left <= 0) {
					throw new IOException("connection reset");
				}
				left--;
				return 'x';
			}

		};

		assertThatThrownBy(() -> store.put(broken)).isInstanceOf(IOException.class);
		assertThat(regularFiles()).isEmpty();
	}

	@Test
	void refusesKeysThatAreNotSha256() {
		var store = new LocalFileStore(root);

		assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> store.exists("ABC")).isInstanceOf(IllegalArgumentException.class);
	}

	private java.util.List<Path> regularFiles() {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).toList();
		}
		catch (IOException exception) {
			throw new java.io.UncheckedIOException(exception);
		}
	}

}
