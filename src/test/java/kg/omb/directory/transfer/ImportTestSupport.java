package kg.omb.directory.transfer;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploads through the page, as a person does, and reads what the jobs did; an empty directory before each test. */
abstract class ImportTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDirectory() {
		TransferFixtures.resetDirectory(jdbc);
	}

	long upload(ImportKind kind, String name, byte[] content, Authentication person) throws Exception {
		MvcResult result = mvc.perform(multipart("/manage/imports").file(new MockMultipartFile("file", name,
				"application/octet-stream", content)).param("kind", kind.name()).with(csrf()).with(authentication(person)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/manage/imports/");
		return Long.parseLong(location.substring("/manage/imports/".length()));
	}

	byte[] export(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	String page(long job, Authentication person) throws Exception {
		return mvc.perform(get("/manage/imports/{id}", job).with(authentication(person)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	List<Integer> counts(long job) {
		return jdbc.queryForObject("select created_count, updated_count, unchanged_count from import_job where id = ?",
				(rs, i) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)), job);
	}

	List<String> problems(long job) {
		return jdbc.queryForList("""
				select row_no || ' ' || coalesce(column_name, '') || ' ' || message_key from import_problem
				where job_id = ? and severity = 'ERROR'""", String.class, job);
	}

}
