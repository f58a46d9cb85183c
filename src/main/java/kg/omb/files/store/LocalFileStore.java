package kg.omb.files.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import kg.omb.files.FileStore;

/**
 * Keeps content in a local directory as {@code <root>/<2 hex>/<2 hex>/<sha256>}. Content is written to a temporary
 * file under the same root while it is hashed, forced to disk, then moved into place in one atomic step, so that a
 * reader never sees half a file and the same content is kept once.
 */
class LocalFileStore implements FileStore {

	static final String TEMPORARY = ".tmp";

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	LocalFileStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public StoredContent put(InputStream content) throws IOException {
		Path temporaryDirectory = Files.createDirectories(root.resolve(TEMPORARY));
		Path temporary = Files.createTempFile(temporaryDirectory, "put-", ".part");
		try {
			MessageDigest sha256 = sha256();
			long size;
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
					OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256)) {
				size = content.transferTo(out);
				out.flush();
				channel.force(true);
			}
			String key = HexFormat.of().formatHex(sha256.digest());
			Path target = pathOf(key);
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			return new StoredContent(key, size);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(pathOf(sha256));
	}

	@Override
	public boolean exists(String sha256) {
		return Files.isRegularFile(pathOf(sha256));
	}

	@Override
	public boolean delete(String sha256) throws IOException {
		return Files.deleteIfExists(pathOf(sha256));
	}

	Path pathOf(String sha256) {
		if (!KEY.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 key: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}

}
