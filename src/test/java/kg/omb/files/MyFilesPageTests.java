package kg.omb.files;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kg.omb.shared.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import kg.omb.support.WithAccount;

/** The "My files" page, uploads through the form, and downloads for each kind of visitor. */
@SpringBootTest(properties = { "omb.files.directory=" + FilesTestSupport.DIRECTORY,
		"omb.files.max-size=" + FilesTestSupport.MAX_SIZE })
@AutoConfigureMockMvc
class MyFilesPageTests {

	static final String KYRGYZ_NAME = "Окуу_программасы_ң_ө_ү.pdf";

	static final long UPLOADER = 601;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StoredFiles files;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anonymousVisitorIsSentToSignInForThePageAndForADownload() {
		StoredFile file = uploadedByUploader("Жашыруун.txt", SampleFiles.text("жашыруун"));

		assertThat(mvc.get().uri("/files").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection().redirectedUrl()
			.endsWith("/login");
		assertThat(mvc.get().uri("/files/{id}", file.id()).accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection().redirectedUrl()
			.endsWith("/login");
	}

	@Test
	@WithAccount(value = 602)
	void signedInPersonSeesTheUploadFormInKyrgyz() {
		assertThat(mvc.get().uri("/files")).hasStatusOk()
			.bodyText()
			// the token rides in the address too: past the multipart limit the container reads no form field
			.containsPattern("action=\"/files\\?_csrf=[^\"]+\"")
			.contains("Менин файлдарым", "Файлды тандаңыз", "enctype=\"multipart/form-data\"",
					"name=\"_csrf\"", "1 МБдан ашпашы керек", "Сиз азырынча бир да файл жүктөгөн жоксуз.");
	}

	@Test
	@WithAccount(value = 603)
	void uploadsAFileAndListsItWithALinkToDownloadIt() {
		var file = new MockMultipartFile("file", KYRGYZ_NAME, "application/pdf", SampleFiles.pdf("Programme"));

		MvcTestResult upload = mvc.post().uri("/files").multipart().file(file).with(csrf()).exchange();

		assertThat(upload).hasStatus3xxRedirection().hasRedirectedUrl("/files");
		assertThat(upload).flash().containsEntry("flash", "files.uploaded");
		StoredFile stored = files.uploadedBy(603).get(0);
		assertThat(stored.originalName()).isEqualTo(KYRGYZ_NAME);
		assertThat(mvc.get().uri("/files")).hasStatusOk()
			.bodyText()
			.contains(KYRGYZ_NAME, "href=\"/files/" + stored.id() + "\"", "application/pdf");
	}

	@Test
	@WithAccount(value = 604)
	void aRefusedUploadShowsTheTranslatedReasonOnTheFormAndKeepsNothing() {
		long rows = rows();
		var program = new MockMultipartFile("file", "Окуу_программасы.pdf", "application/pdf",
				SampleFiles.elfExecutable());

		assertThat(mvc.post().uri("/files").multipart().file(program).with(csrf())).hasStatus(422)
			.bodyText()
			.contains("Мындай түрдөгү файлды жүктөөгө болбойт", "application/x-executable", "Файлды тандаңыз");
		assertThat(mvc.post().uri("/files").multipart().file(program).with(csrf())
			.header("Accept-Language", "ru")).hasStatus(422)
			.bodyText()
			.contains("Файлы такого типа загружать нельзя");
		assertThat(rows()).isEqualTo(rows);
		assertThat(files.uploadedBy(604)).isEmpty();
	}

	@Test
	@WithAccount(value = 605)
	void submittingWithoutAFileAsksForOne() {
		var nothing = new MockMultipartFile("file", "", "application/octet-stream", new byte[0]);

		assertThat(mvc.post().uri("/files").multipart().file(nothing).with(csrf())).hasStatus(422)
			.bodyText()
			.contains("Жүктөй турган файлды тандаңыз.");
	}

	@Test
	@WithAccount(value = 606)
	void anUploadWithoutTheCsrfTokenIsRefused() {
		var file = new MockMultipartFile("file", "a.txt", "text/plain", SampleFiles.text("текст"));

		assertThat(mvc.post().uri("/files").multipart().file(file)).hasStatus(403);
		assertThat(files.uploadedBy(606)).isEmpty();
	}

	@Test
	@WithAccount(value = UPLOADER, email = "uploader601@omb.test")
	void theUploaderDownloadsTheFileWithItsTypeAndItsKyrgyzName() {
		byte[] pdf = SampleFiles.pdf("Sample programme");
		StoredFile file = uploadedByUploader(KYRGYZ_NAME, pdf);

		MvcTestResult download = mvc.get().uri("/files/{id}", file.id()).exchange();

		assertThat(download).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_PDF)
			.headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("Content-Length", String.valueOf(pdf.length));
		String disposition = download.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment;")
			.contains("filename=\"")
			.contains("filename*=UTF-8''" + URLEncoder.encode(KYRGYZ_NAME, StandardCharsets.UTF_8));
		assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo(KYRGYZ_NAME);
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
	}

	@Test
	@WithAccount(value = 699)
	void anotherPersonIsToldTheFileDoesNotExist() {
		StoredFile file = uploadedByUploader("Менин.txt", SampleFiles.text("менин гана"));

		assertThat(mvc.get().uri("/files/{id}", file.id()).accept(MediaType.TEXT_HTML)).hasStatus(404)
			.bodyText()
			.contains("Мындай файл жок, же аны көрүүгө укугуңуз жок.")
			.doesNotContain("менин гана");
	}

	@Test
	@WithAccount(value = 699)
	void anUnknownFileAnswers404() {
		assertThat(mvc.get().uri("/files/{id}", 987_654_321L).accept(MediaType.TEXT_HTML)).hasStatus(404)
			.bodyText()
			.contains("Мындай файл жок");
	}

	@Test
	@WithAccount(value = 700, roles = "ADMIN")
	void anAdministratorDownloadsAnyFile() {
		StoredFile file = uploadedByUploader("Отчет.txt", SampleFiles.text("отчет"));

		assertThat(mvc.get().uri("/files/{id}", file.id())).hasStatusOk().hasContentType("text/plain");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anAdministratorWithoutAnAccountIdIsStillAnAdministrator() {
		StoredFile file = uploadedByUploader("Маалымат.txt", SampleFiles.text("маалымат"));

		assertThat(mvc.get().uri("/files/{id}", file.id())).hasStatusOk();
	}

	private StoredFile uploadedByUploader(String name, byte[] content) {
		return files.store(new ByteArrayInputStream(content), name, content.length,
				new Actor(UPLOADER, "uploader601@omb.test", null));
	}

	private long rows() {
		Long count = jdbc.queryForObject("select count(*) from stored_file", Long.class);
		return count == null ? 0 : count;
	}

}
