package kg.omb.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import kg.omb.support.WithAccount;

/** Uploads through the module API: what is accepted, what is refused, and that a refusal keeps nothing. */
@SpringBootTest(properties = { "omb.files.directory=" + FilesTestSupport.DIRECTORY,
		"omb.files.max-size=" + FilesTestSupport.MAX_SIZE })
@AutoConfigureMockMvc // not used here: it lets these tests share one application context with the page tests
class StoredFilesTests {

	static final Actor UPLOADER = new Actor(501L, "uploader@omb.test", "127.0.0.1");

	@Autowired
	StoredFiles files;

	@Autowired
	FileStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	static List<Arguments> acceptedFiles() {
		return List.of(
				Arguments.of("Окуу_программасы.pdf", SampleFiles.pdf("Sample discipline programme 2026"),
						"application/pdf", "Sample discipline programme 2026"),
				Arguments.of("Долбоор.docx", SampleFiles.docx(SampleFiles.KYRGYZ_TEXT),
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Ң ң, Ө ө, Ү ү"),
				Arguments.of("Тизме.xlsx", SampleFiles.xlsx("Бирикменин мүчөлөрү"),
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Бирикменин мүчөлөрү"),
				Arguments.of("Токтом.odt", SampleFiles.odt(SampleFiles.KYRGYZ_TEXT),
						"application/vnd.oasis.opendocument.text", "кыргыз тилинин тамгалары"),
				Arguments.of("эскертүү.txt", SampleFiles.text(SampleFiles.KYRGYZ_TEXT), "text/plain",
						SampleFiles.KYRGYZ_TEXT));
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("acceptedFiles")
	void acceptsADocumentDetectsItsTypeFromTheContentAndKeepsItsText(String name, byte[] content,
			String mediaType, String text) throws IOException {
		StoredFile stored = store(name, content);

		assertThat(stored.originalName()).isEqualTo(name);
		assertThat(stored.size()).isEqualTo(content.length);
		assertThat(stored.mediaType()).isEqualTo(mediaType);
		assertThat(stored.uploadedBy()).isEqualTo(501L);
		assertThat(stored.uploadedByName()).isEqualTo("uploader@omb.test");
		assertThat(files.find(stored.id())).contains(stored);
		assertThat(files.text(stored.id())).hasValueSatisfying(extracted -> assertThat(extracted).contains(text));
		try (InputStream back = files.open(stored.id())) {
			assertThat(back.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void acceptsAnImageWithoutText() {
		StoredFile stored = store("логотип.png", SampleFiles.png());

		assertThat(stored.mediaType()).isEqualTo("image/png");
		assertThat(files.text(stored.id())).isEmpty();
	}

	@Test
	@WithAccount(value = 501, email = "uploader@omb.test")
	void everyUploadIsAuditedWithWhoUploadedWhat() {
		StoredFile stored = files.store(new ByteArrayInputStream(SampleFiles.text("Жыйындын протоколу")),
				"протокол.txt", -1, Actor.current());

		var entry = jdbc.queryForMap("select actor_account_id, actor_name, details from audit_entry "
				+ "where action = 'file.uploaded' and target_type = 'file' and target_id = ?", String.valueOf(stored.id()));
		assertThat(entry.get("actor_account_id")).isEqualTo(501L);
		assertThat(entry.get("actor_name")).isEqualTo("uploader@omb.test");
		assertThat((String) entry.get("details")).contains("протокол.txt", stored.sha256(), "text/plain");
	}

	@Test
	void refusesALinuxProgramNamedLikeAPdfAndKeepsNothing() {
		assertRefusedKeepingNothing("Окуу_программасы.pdf", SampleFiles.elfExecutable(),
				"files.error.type-not-allowed");
	}

	@Test
	void refusesAWindowsProgramNamedLikeADocumentAndSaysWhatItIs() {
		assertThatThrownBy(() -> store("отчет.docx", SampleFiles.windowsExecutable()))
			.isInstanceOfSatisfying(DomainException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("files.error.type-not-allowed");
				assertThat(refused.arguments()).singleElement().asString().isNotIn("application/pdf",
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
			});
	}

	@Test
	void refusesAFileOneByteOverTheLimitAndKeepsNothing() {
		byte[] overLimit = new byte[1024 * 1024 + 1];
		Arrays.fill(overLimit, (byte) 'a');

		assertRefusedKeepingNothing("чоң.txt", overLimit, "files.error.too-large");
		assertThatThrownBy(() -> store("чоң.txt", overLimit)).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.arguments()).containsExactly(1L));
	}

	@Test
	void acceptsAFileOfExactlyTheLimit() {
		byte[] atLimit = new byte[1024 * 1024];
		Arrays.fill(atLimit, (byte) 'a');

		assertThat(store("чек.txt", atLimit).size()).isEqualTo(atLimit.length);
	}

	@Test
	void countsTheBytesInsteadOfTrustingTheDeclaredSize() {
		byte[] overLimit = new byte[1024 * 1024 + 1];

		assertThatThrownBy(() -> files.store(new ByteArrayInputStream(overLimit), "кичинекей.txt", 10, UPLOADER))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("files.error.too-large"));
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefusedKeepingNothing("бош.pdf", new byte[0], "files.error.empty");
	}

	@Test
	void refusesAZipBombDressedAsADocxAndKeepsNothing() {
		byte[] bomb = SampleFiles.zipBombDressedAsDocx(200);
		assertThat(bomb.length).isLessThan(1024 * 1024);

		assertRefusedKeepingNothing("Жобо.docx", bomb, "files.error.zip-bomb");
	}

	@Test
	void refusesADamagedZip() {
		byte[] docx = SampleFiles.docx("текст");
		byte[] damaged = Arrays.copyOf(docx, docx.length / 2);

		assertRefusedKeepingNothing("бузулган.docx", damaged, "files.error.unreadable");
	}

	@Test
	void keepsTheSameContentOnceForSeveralUploads() {
		byte[] content = SampleFiles.docx("Бир эле документ " + System.nanoTime());

		StoredFile first = store("биринчи.docx", content);
		StoredFile second = store("экинчи.docx", content);

		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(FilesTestSupport.filesOnDisk()).filteredOn(path -> path.getFileName().toString()
			.equals(first.sha256())).hasSize(1);
	}

	@Test
	void aRolledBackUploadLeavesNoRowAndNoBytes() throws IOException {
		byte[] content = SampleFiles.text("Кайтарылган жүктөө " + System.nanoTime());
		List<java.nio.file.Path> before = FilesTestSupport.filesOnDisk();
		long rowsBefore = rows();

		String sha256 = transaction.execute(status -> {
			StoredFile stored = store("кайтарылган.txt", content);
			assertThat(store.exists(stored.sha256())).isTrue();
			status.setRollbackOnly();
			return stored.sha256();
		});

		assertThat(store.exists(sha256)).isFalse();
		assertThat(rows()).isEqualTo(rowsBefore);
		assertThat(FilesTestSupport.filesOnDisk()).isEqualTo(before);
	}

	@Test
	void aRolledBackUploadLeavesTheBytesThatAnotherUploadHolds() throws IOException {
		byte[] content = SampleFiles.text("Экөөнө тең керек " + System.nanoTime());
		StoredFile kept = store("сакталган.txt", content);

		transaction.executeWithoutResult(status -> {
			store("кайтарылган.txt", content);
			status.setRollbackOnly();
		});

		assertThat(store.exists(kept.sha256())).isTrue();
		try (InputStream back = files.open(kept.id())) {
			assertThat(back.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void listsAnAccountsUploadsNewestFirst() {
		Actor someone = new Actor(777_001L, "someone@omb.test", null);
		StoredFile older = files.store(new ByteArrayInputStream(SampleFiles.text("биринчи")), "1.txt", -1, someone);
		StoredFile newer = files.store(new ByteArrayInputStream(SampleFiles.text("экинчи")), "2.txt", -1, someone);

		assertThat(files.uploadedBy(777_001L)).extracting(StoredFile::id).containsExactly(newer.id(), older.id());
	}

	@Test
	void keepsOnlyTheNameOfTheFileWithoutFoldersOrControlCharacters() {
		StoredFile stored = store("C:\\Users\\aigul\\Documents\\отчет\u202Efdp.txt", SampleFiles.text("отчет"));

		assertThat(stored.originalName()).isEqualTo("отчетfdp.txt");
	}

	private StoredFile store(String name, byte[] content) {
		return files.store(new ByteArrayInputStream(content), name, content.length, UPLOADER);
	}

	private void assertRefusedKeepingNothing(String name, byte[] content, String reason) {
		List<java.nio.file.Path> before = FilesTestSupport.filesOnDisk();
		long rowsBefore = rows();

		assertThatThrownBy(() -> store(name, content)).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo(reason));

		assertThat(rows()).isEqualTo(rowsBefore);
		assertThat(FilesTestSupport.filesOnDisk()).isEqualTo(before);
	}

	private long rows() {
		Long count = jdbc.queryForObject("select count(*) from stored_file", Long.class);
		return count == null ? 0 : count;
	}

}
