package kg.omb.directory.api;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.DirectoryFixtures;
import kg.omb.directory.People;
import kg.omb.directory.domain.AuthorityAdministration;
import kg.omb.directory.domain.ClassifierAdministration;
import kg.omb.directory.domain.LegalActRegistry;
import kg.omb.directory.domain.OrganizationAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory's open API, read anonymously, and its description in the OpenAPI document. */
@SpringBootTest(properties = "omb.files.directory=target/test-data/directory-files")
@AutoConfigureMockMvc
class DirectoryApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuthorityAdministration authorities;

	@Autowired
	OrganizationAdministration organizations;

	@Autowired
	ClassifierAdministration classifier;

	@Autowired
	LegalActRegistry registry;

	@Test
	void organisationsArePagedAndFilteredWithNamesInThreeLanguages() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		long id = DirectoryFixtures.newUniversity(organizations, authority);
		String code = codeOf(id);

		String page = contentOf("/api/v1/organizations?q=" + code + "&kind=UNIVERSITY&sector=HIGHER&size=5");
		assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(page, "$.items[0].id")).isEqualTo((int) id);
		assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(page, "$.items[0].authorityId")).isEqualTo((int) authority);
		assertThat(com.jayway.jsonpath.JsonPath.<java.util.Map<String, String>>read(page, "$.items[0].name"))
			.containsAllEntriesOf((java.util.Map.of("ky",
					"Кыргыз улуттук университети " + code, "ru", "Кыргызский национальный университет " + code, "en",
					"Kyrgyz National University " + code)));
		assertThat(com.jayway.jsonpath.JsonPath.<String>read(page, "$.items[0].kind")).isEqualTo("UNIVERSITY");
		assertThat(mvc.get().uri("/api/v1/organizations?q={q}&size=5", code)).bodyJson()
			.extractingPath("$.totalItems").isEqualTo(1);
		assertThat(mvc.get().uri("/api/v1/organizations?q={q}&region=OSH_CITY", code)).bodyJson()
			.extractingPath("$.totalItems").isEqualTo(0);
		assertThat(mvc.get().uri("/api/v1/organizations/{id}", id)).hasStatusOk().bodyJson()
			.extractingPath("$.shortName.ru").isEqualTo("КНУ");
	}

	String codeOf(long id) {
		return com.jayway.jsonpath.JsonPath.read(contentOf("/api/v1/organizations/" + id), "$.code");
	}

	String contentOf(String uri) {
		try {
			return mvc.get().uri(uri).exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	@Test
	void unknownIdsAnswer404ProblemDetails() {
		assertThat(mvc.get().uri("/api/v1/organizations/999999")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.status").isEqualTo(404);
		assertThat(mvc.get().uri("/api/v1/organizations/999999").header("Accept-Language", "ru")).bodyJson()
			.extractingPath("$.detail").isEqualTo("Такой организации нет.");
		assertThat(mvc.get().uri("/api/v1/classifier/000002")).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/acts/999999")).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/classifier?kind=NOTHING")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void theClassifierLeavesRetiredEntriesOutUnlessAskedFor() {
		String group = DirectoryFixtures.newGroup(classifier);
		String direction = DirectoryFixtures.classifierCode();
		People.as(People.admin(), () -> classifier.create(DirectoryFixtures.direction(direction, group)));
		People.as(People.admin(), () -> classifier.retire(direction, classifier.editable(direction).version(),
				LocalDate.of(2025, 9, 1), null));

		String all = contentOf("/api/v1/classifier?kind=DIRECTION&includeRetired=true");
		String current = contentOf("/api/v1/classifier?kind=DIRECTION");
		assertThat(all).contains("\"code\":\"" + direction + "\"").contains("\"retiredOn\":\"2025-09-01\"");
		assertThat(current).doesNotContain("\"code\":\"" + direction + "\"");
		assertThat(contentOf("/api/v1/classifier")).contains("\"code\":\"" + group + "\"");
		assertThat(mvc.get().uri("/api/v1/classifier/{code}", direction)).hasStatusOk().bodyJson()
			.extractingPath("$.parentCode").isEqualTo(group);
		assertThat(mvc.get().uri("/api/v1/classifier/{code}", direction)).bodyJson()
			.extractingPath("$.levels").asArray().containsExactly("BACHELOR", "MASTER");
	}

	@Test
	void authoritiesAndActsAreOpenData() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		long act = DirectoryFixtures.newOrder(registry, ActIssuer.authority(authority));

		assertThat(contentOf("/api/v1/authorities")).contains("\"id\":" + authority).contains("\"HIGHER\"");
		assertThat(mvc.get().uri("/api/v1/acts/{id}", act)).hasStatusOk().bodyJson()
			.extractingPath("$.issuer.type").isEqualTo("AUTHORITY");
		assertThat(mvc.get().uri("/api/v1/acts/{id}", act)).bodyJson()
			.extractingPath("$.title.ky").isEqualTo("ОМБ түзүү жөнүндө");
		assertThat(mvc.get().uri("/api/v1/acts/{id}", act)).bodyJson()
			.extractingPath("$.scanUrl").isNull();
	}

	@Test
	void theOpenApiDocumentListsTheDirectorysPaths() {
		String document = contentOf("/v3/api-docs");
		assertThat(document).contains("\"/api/v1/organizations\"", "\"/api/v1/organizations/{id}\"",
				"\"/api/v1/classifier\"", "\"/api/v1/classifier/{code}\"", "\"/api/v1/authorities\"",
				"\"/api/v1/acts/{id}\"", "includeRetired");
	}

}
