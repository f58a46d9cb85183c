package kg.omb.files.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import kg.omb.files.SampleFiles;
import kg.omb.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZipBombGuardTests {

	static final FilesProperties.Zip DEFAULTS = new FilesProperties.Zip(10_000, DataSize.ofMegabytes(200), 100,
			DataSize.ofMegabytes(1));

	@TempDir
	Path directory;

	@Test
	void passesRealOfficeDocuments() throws IOException {
		var guard = new ZipBombGuard(DEFAULTS);

		assertThatCode(() -> guard.check(write(SampleFiles.docx("Документ")))).doesNotThrowAnyException();
		assertThatCode(() -> guard.check(write(SampleFiles.xlsx("Таблица")))).doesNotThrowAnyException();
		assertThatCode(() -> guard.check(write(SampleFiles.odt("Текст")))).doesNotThrowAnyException();
	}

	@Test
	void refusesContentThatInflatesFarBeyondItsSize() throws IOException {
		Path bomb = write(SampleFiles.zipBombDressedAsDocx(50));

		assertRefused(new ZipBombGuard(DEFAULTS), bomb);
	}

	@Test
	void refusesContentThatInflatesPastTheTotalLimitWhateverTheRatio() throws IOException {
		var strict = new ZipBombGuard(new FilesProperties.Zip(10_000, DataSize.ofMegabytes(2), 100_000,
				DataSize.ofMegabytes(1)));

		assertRefused(strict, write(SampleFiles.zipBombDressedAsDocx(3)));
	}

	@Test
	void toleratesAnyCompressionBelowTheSizeWhereTheRatioIsChecked() throws IOException {
		var guard = new ZipBombGuard(new FilesProperties.Zip(10_000, DataSize.ofMegabytes(200), 100,
				DataSize.ofMegabytes(2)));

		assertThatCode(() -> guard.check(write(SampleFiles.zipBombDressedAsDocx(1)))).doesNotThrowAnyException();
	}

	@Test
	void refusesTooManyEntries() throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (int i = 0; i < 101; i++) {
				zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
				zip.closeEntry();
			}
		}
		var guard = new ZipBombGuard(new FilesProperties.Zip(100, DataSize.ofMegabytes(200), 100,
				DataSize.ofMegabytes(1)));

		assertRefused(guard, write(out.toByteArray()));
	}

	@Test
	void doesNotTrustTheSizesTheHeadersDeclare() throws IOException {
		byte[] bomb = SampleFiles.zipBombDressedAsDocx(50);
		// the central directory says 1 byte for every inflated size
		byte[] lying = bomb.clone();
		for (int i = 0; i + 46 <= lying.length; i++) {
			if (lying[i] == 'P' && lying[i + 1] == 'K' && lying[i + 2] == 1 && lying[i + 3] == 2) {
				lying[i + 24] = 1;
				lying[i + 25] = 0;
				lying[i + 26] = 0;
				lying[i + 27] = 0;
			}
		}

		assertThatThrownBy(() -> new ZipBombGuard(DEFAULTS).check(write(lying)))
			.isInstanceOfSatisfying(DomainException.class, refused -> org.assertj.core.api.Assertions
				.assertThat(refused.messageKey()).isIn("files.error.zip-bomb", "files.error.unreadable"));
	}

	@Test
	void refusesADamagedContainerAsUnreadable() throws IOException {
		byte[] docx = SampleFiles.docx("Документ");
		byte[] damaged = java.util.Arrays.copyOf(docx, docx.length - 30);

		assertThatThrownBy(() -> new ZipBombGuard(DEFAULTS).check(write(damaged)))
			.isInstanceOfSatisfying(DomainException.class, refused -> org.assertj.core.api.Assertions
				.assertThat(refused.messageKey()).isEqualTo("files.error.unreadable"));
	}

	private static void assertRefused(ZipBombGuard guard, Path file) {
		assertThatThrownBy(() -> guard.check(file)).isInstanceOfSatisfying(DomainException.class,
				refused -> org.assertj.core.api.Assertions.assertThat(refused.messageKey())
					.isEqualTo("files.error.zip-bomb"));
	}

	private Path write(byte[] content) throws IOException {
		return Files.write(Files.createTempFile(directory, "zip", ".bin"), content);
	}

}
