package kg.omb.documents.api;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.web.PublicDocumentsFixture;
import kg.omb.support.AdjustableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registry and the discussions as open data: the same lists and filters as the public pages, to anyone. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class, PublicDocumentsFixture.class })
class DocumentListsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicDocumentsFixture documents;

	@Test
	void theRegistryListsDocumentsInForceByFilterAndTheDiscussionsListDrafts() throws Exception {
		Omb omb = documents.omb(Region.ISSYK_KUL);
		PublicDocumentsFixture.InForce standard = documents.inForce(omb, "Стандарт API " + omb.n(),
				DocumentKind.STATE_STANDARD_HIGHER, null);
		long draft = documents.underDiscussion(omb, "Долбоор API " + omb.n());

		String registry = json("/api/v1/documents?association=" + omb.id());
		assertThat(JsonPath.<java.util.List<Integer>>read(registry, "$.items[*].id")).containsExactly((int) standard.id());
		assertThat(JsonPath.<String>read(registry, "$.items[0].status")).isEqualTo("IN_FORCE");
		assertThat(JsonPath.<String>read(registry, "$.items[0].title.ky")).isEqualTo("Стандарт API " + omb.n());
		assertThat(JsonPath.<String>read(registry, "$.items[0].page")).isEqualTo("/documents/" + standard.id());
		assertThat(JsonPath.<Integer>read(registry, "$.total")).isEqualTo(1);
		String detail = json("/api/v1/documents/" + standard.id());
		assertThat(JsonPath.<Integer>read(detail, "$.inForceAct.id")).isEqualTo((int) standard.actId());
		assertThat(JsonPath.<String>read(detail, "$.inForceAct.effectiveOn")).isNotNull()
			.isEqualTo(JsonPath.<String>read(registry, "$.items[0].inForceSince"));

		assertThat(JsonPath.<Integer>read(json("/api/v1/documents?association=" + omb.id()
				+ "&kind=SAMPLE_DISCIPLINE_PROGRAMME"), "$.total")).isZero();
		assertThat(json("/api/v1/documents?association=" + omb.id())).doesNotContain("Долбоор API");

		String discussions = json("/api/v1/discussions");
		assertThat(JsonPath.<java.util.List<Integer>>read(discussions, "$[?(@.status == 'PUBLIC_DISCUSSION')].id"))
			.contains((int) draft);
		assertThat(JsonPath.<java.util.List<String>>read(discussions, "$[?(@.id == " + draft + ")].discussion.closesOn"))
			.singleElement().isNotNull();
	}

	@Test
	void aBadFilterIsABadRequest() throws Exception {
		mvc.perform(get("/api/v1/documents?kind=NOVEL")).andExpect(status().isBadRequest());
	}

	private String json(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
