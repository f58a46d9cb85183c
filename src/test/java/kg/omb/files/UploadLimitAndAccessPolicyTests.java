package kg.omb.files;

import java.io.ByteArrayInputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

import kg.omb.shared.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import kg.omb.support.WithAccount;

/**
 * What happens when the servlet container refuses an upload over its multipart limit (a request the controller
 * never sees), and how another module grants access to files through a {@link FileAccessPolicy}.
 */
@SpringBootTest(properties = { "omb.files.directory=" + FilesTestSupport.DIRECTORY,
		"spring.servlet.multipart.max-file-size=2MB", "omb.files.max-size=2MB" })
@AutoConfigureMockMvc
class UploadLimitAndAccessPolicyTests {

	static final int LIMIT = 2 * 1024 * 1024;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StoredFiles files;

	@Test
	@WithAccount(value = 801)
	void anUploadOverTheServletLimitShowsTheTranslatedTooLargeMessageOnTheForm() {
		assertThat(mvc.post().uri("/files").with(csrf())
			.contentType("multipart/form-data; boundary=limit")
			.content(new byte[LIMIT + 1]))
			.hasStatus(413)
			.bodyText()
			.contains("Файл өтө чоң: анын көлөмү 2 МБдан ашпашы керек.", "Файлды тандаңыз");
	}

	@Test
	@WithAccount(value = 801)
	void anUploadOverTheServletLimitElsewhereShowsTheSameMessageInTheChosenLanguage() {
		assertThat(mvc.post().uri("/documents/7/attachments").with(csrf()).header("Accept-Language", "en")
			.contentType("multipart/form-data; boundary=limit")
			.content(new byte[LIMIT + 1]))
			.hasStatus(413)
			.bodyText()
			.contains("The file is too large: it may be at most 2 MB.");
	}

	@Test
	@WithAccount(value = 802)
	void aModulesPolicyLetsOthersReadTheFilesItPublishes() {
		Actor uploader = new Actor(803L, "author@omb.test", null);
		StoredFile published = files.store(new ByteArrayInputStream(SampleFiles.text("жарыяланган")),
				"Жарыяланган_стандарт.txt", -1, uploader);
		StoredFile draft = files.store(new ByteArrayInputStream(SampleFiles.text("долбоор")), "Долбоор.txt", -1,
				uploader);

		assertThat(mvc.get().uri("/files/{id}", published.id())).hasStatusOk();
		assertThat(mvc.get().uri("/files/{id}", draft.id()).accept(MediaType.TEXT_HTML)).hasStatus(404);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		/** As Tomcat does past {@code max-file-size}: the request is refused while its parts are read. */
		@Bean
		MultipartResolver multipartResolver() {
			return new StandardServletMultipartResolver() {

				@Override
				public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
					if (request.getContentLengthLong() > LIMIT) {
						throw new MaxUploadSizeExceededException(-1);
					}
					return super.resolveMultipart(request);
				}

			};
		}

		/** What a publishing module would declare: its published files are readable by everyone signed in. */
		@Bean
		FileAccessPolicy publishedFilesMayBeRead() {
			return (file, actor) -> file.originalName().startsWith("Жарыяланган");
		}

	}

}
