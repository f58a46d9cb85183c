package kg.omb.identity.domain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TotpSecretCipherTests {

	static final byte[] SECRET = "12345678901234567890".getBytes();

	@TempDir
	Path dataDir;

	@Test
	void encryptsSoThatOnlyTheSameAccountDecrypts() {
		var cipher = new TotpSecretCipher(Base64.getEncoder().encodeToString(new byte[32]), dataDir.toString());
		String sealed = cipher.encrypt(7, SECRET);
		assertThat(sealed).doesNotContain(Base64.getEncoder().encodeToString(SECRET));
		assertThat(cipher.encrypt(7, SECRET)).as("a fresh nonce each time").isNotEqualTo(sealed);
		assertThat(cipher.decrypt(7, sealed)).isEqualTo(SECRET);
		assertThatThrownBy(() -> cipher.decrypt(8, sealed)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void withoutAConfiguredKeyGeneratesOneReadableByTheOwnerOnlyAndKeepsIt() throws Exception {
		var first = new TotpSecretCipher("", dataDir.toString());
		Path keyFile = dataDir.resolve("keys/totp.key");
		assertThat(keyFile).exists();
		assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).hasSize(32);
		if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(Files.getPosixFilePermissions(keyFile))
				.isEqualTo(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		}
		String sealed = first.encrypt(1, SECRET);
		assertThat(new TotpSecretCipher("", dataDir.toString()).decrypt(1, sealed)).isEqualTo(SECRET);
	}

	@Test
	void refusesAConfiguredKeyOfTheWrongLength() {
		assertThatThrownBy(() -> new TotpSecretCipher(Base64.getEncoder().encodeToString(new byte[16]), "."))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("32 bytes");
	}

}
