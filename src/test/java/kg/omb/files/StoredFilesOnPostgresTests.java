package kg.omb.files;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.shared.Actor;
import kg.omb.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/** File metadata and extracted text on PostgreSQL, as on H2. */
@SpringBootTest(properties = "omb.files.directory=" + FilesTestSupport.DIRECTORY)
@PostgresTest
class StoredFilesOnPostgresTests {

	static final Actor UPLOADER = new Actor(901L, "pg@omb.test", null);

	@Autowired
	StoredFiles files;

	@Autowired
	FileStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void keepsMetadataAndKyrgyzTextAndFindsThemAgain() {
		String text = SampleFiles.KYRGYZ_TEXT + "\n" + "Бирикме. ".repeat(40_000);
		StoredFile stored = files.store(new ByteArrayInputStream(SampleFiles.docx(text)), "Окуу_программасы_ң_ө_ү.docx",
				-1, UPLOADER);

		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(files.find(stored.id())).contains(stored);
		assertThat(files.uploadedBy(901)).contains(stored);
		assertThat(files.text(stored.id())).hasValueSatisfying(extracted -> assertThat(extracted)
			.startsWith(SampleFiles.KYRGYZ_TEXT)
			.hasSizeGreaterThan(300_000));
	}

	@Test
	void aRolledBackUploadLeavesNoRowAndNoBytes() {
		byte[] content = SampleFiles.text("PostgreSQL: кайтарылган " + System.nanoTime());

		String sha256 = transaction.execute(status -> {
			StoredFile stored = files.store(new ByteArrayInputStream(content), "кайтарылган.txt", -1, UPLOADER);
			status.setRollbackOnly();
			return stored.sha256();
		});

		assertThat(store.exists(sha256)).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from stored_file where sha256 = ?", Integer.class, sha256))
			.isZero();
	}

}
