package kg.omb.identity.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM, bound to their account (the account id is the associated data,
 * so a secret copied to another account's row does not decrypt). The key is {@code omb.identity.totp-key} (base64,
 * 32 bytes), which production must set, the same on every node. Without it, a key is generated on first start and
 * kept in {@code ${omb.data-dir}/keys/totp.key}, readable by the owner only.
 */
@Component
class TotpSecretCipher {

	private static final Logger log = LoggerFactory.getLogger(TotpSecretCipher.class);

	private static final int KEY_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	TotpSecretCipher(@Value("${omb.identity.totp-key:}") String configuredKey,
			@Value("${omb.data-dir:./data}") String dataDir) {
		this.key = new SecretKeySpec(configuredKey.isBlank() ? keyFromFile(Path.of(dataDir, "keys", "totp.key"))
				: decodeKey(configuredKey, "omb.identity.totp-key"), "AES");
	}

	String encrypt(long accountId, byte[] secret) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(accountId));
			byte[] sealed = cipher.doFinal(secret);
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException exception) {
			throw new IllegalStateException("Could not encrypt a TOTP secret", exception);
		}
	}

	byte[] decrypt(long accountId, String stored) {
		try {
			byte[] all = Base64.getDecoder().decode(stored);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			cipher.updateAAD(associatedData(accountId));
			return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException | IllegalArgumentException exception) {
			throw new IllegalStateException("A TOTP secret does not decrypt: was omb.identity.totp-key changed?",
					exception);
		}
	}

	private static byte[] associatedData(long accountId) {
		return ("omb-totp:" + accountId).getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] decodeKey(String base64, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException exception) {
			throw new IllegalStateException(source + " is not base64", exception);
		}
		if (bytes.length != KEY_BYTES) {
			throw new IllegalStateException(source + " must hold " + KEY_BYTES + " bytes, not " + bytes.length);
		}
		return bytes;
	}

	private static byte[] keyFromFile(Path file) {
		try {
			if (!Files.exists(file)) {
				createKeyFile(file);
			}
			return decodeKey(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Could not read or create the TOTP key " + file, exception);
		}
	}

	private static void createKeyFile(Path file) throws IOException {
		byte[] key = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(key);
		byte[] content = Base64.getEncoder().encode(key);
		Files.createDirectories(file.getParent());
		boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
		try {
			if (posix) {
				Set<PosixFilePermission> ownerOnly = EnumSet.of(PosixFilePermission.OWNER_READ,
						PosixFilePermission.OWNER_WRITE);
				Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
			}
			else {
				Files.createFile(file);
				file.toFile().setReadable(false, false);
				file.toFile().setReadable(true, true);
				file.toFile().setWritable(false, false);
				file.toFile().setWritable(true, true);
			}
		}
		catch (FileAlreadyExistsException anotherStartWasFaster) {
			return;
		}
		Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
		log.warn("Generated a key for two-factor secrets in {}. Set omb.identity.totp-key (OMB_IDENTITY_TOTP_KEY) in "
				+ "production, the same on every node, and keep it safe: without it no enrolled authenticator works.",
				file.toAbsolutePath());
	}

}
