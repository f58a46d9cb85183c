package kg.omb.association.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationWebTest;
import kg.omb.directory.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The read-only REST API of the OMBs and councils: its JSON, its errors and its OpenAPI description. */
@AssociationWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssociationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	AssociationFixture.Omb omb;

	AssociationFixture.Council council;

	@BeforeAll
	void buildOmb() {
		omb = fixture.standardOmb(Region.JALAL_ABAD);
		council = fixture.council(omb);
	}

	@Test
	void listsOmbsWithNamesInThreeLanguagesAndTheSameFiltersAsThePage() throws Exception {
		int n = omb.n();
		mvc.perform(get("/api/v1/associations").param("group", omb.codes().group()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(omb.id()))
			.andExpect(jsonPath("$[0].name.ky").value(omb.nameKy()))
			.andExpect(jsonPath("$[0].name.ru").value(omb.nameRu()))
			.andExpect(jsonPath("$[0].name.en").value("Economics OMB " + n))
			.andExpect(jsonPath("$[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$[0].baseOrganization.id").value(omb.baseOrganizationId()))
			.andExpect(jsonPath("$[0].baseOrganization.name.ru").value("Базовый университет " + n))
			.andExpect(jsonPath("$[0].groups[0].code").value(omb.codes().group()))
			.andExpect(jsonPath("$[0].chair").value("Төрага " + n))
			.andExpect(jsonPath("$[0].members").value(2));
		mvc.perform(get("/api/v1/associations").param("q", omb.codes().specialty()).param("region", "JALAL_ABAD"))
			.andExpect(jsonPath("$[*].id", hasItem((int) omb.id())));
		mvc.perform(get("/api/v1/associations").param("q", omb.codes().specialty()).param("region", "TALAS"))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void givesTheStructureOfOneOmb() throws Exception {
		int n = omb.n();
		mvc.perform(get("/api/v1/associations/{id}", omb.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name.ky").value(omb.nameKy()))
			.andExpect(jsonPath("$.baseOrganization.id").value(omb.baseOrganizationId()))
			.andExpect(jsonPath("$.baseOrganization.name.ky").value("Базалык университет " + n))
			.andExpect(jsonPath("$.authority.name.ru").value("Министерство " + n))
			.andExpect(jsonPath("$.establishingActId").value(omb.creationActId()))
			.andExpect(jsonPath("$.chair.name").value("Төрага " + n))
			.andExpect(jsonPath("$.chair.actId").value(omb.chairActId()))
			.andExpect(jsonPath("$.groups[0].code").value(omb.codes().group()))
			.andExpect(jsonPath("$.sections[0].name.ru").value("Секция экономики " + n))
			.andExpect(jsonPath("$.sections[0].head").value("Секция башчысы " + n))
			.andExpect(jsonPath("$.sections[0].leadingOrganization.id").value(omb.leadingOrganizationId()))
			.andExpect(jsonPath("$.sections[0].directions[*].code", hasItem(omb.codes().specialty())))
			.andExpect(jsonPath("$.sections[0].subsections[0].levelCode").value("BACHELOR"))
			.andExpect(jsonPath("$.sections[0].subsections[0].head").value("Кичи секция башчысы " + n))
			.andExpect(jsonPath("$.members", hasSize(2)))
			.andExpect(jsonPath("$.members[?(@.name == 'Иш берүүчү өкүл " + n + "')].stakeholderKind")
				.value("EMPLOYER_REPRESENTATIVE"))
			.andExpect(jsonPath("$.members[?(@.name == 'Иш берүүчү өкүл " + n + "')].role").value("SECRETARY"))
			.andExpect(jsonPath("$.members[0].email").doesNotExist())
			.andExpect(jsonPath("$.employerRepresentatives").value(1))
			.andExpect(jsonPath("$.bylaws[0].number").value(2))
			.andExpect(jsonPath("$.bylaws[1].number").value(1))
			.andExpect(jsonPath("$.history[?(@.change == 'CREATED')].actId").value((int) omb.creationActId()))
			.andExpect(jsonPath("$.history[?(@.change == 'CHAIR_CONFIRMED')].actId").value((int) omb.chairActId()));
	}

	@Test
	void givesACouncil() throws Exception {
		mvc.perform(get("/api/v1/councils/{id}", council.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name.en").value("Council " + council.n()))
			.andExpect(jsonPath("$.authority.id").value(omb.authorityId()))
			.andExpect(jsonPath("$.establishingActId").value(council.formingActId()))
			.andExpect(jsonPath("$.members[0].name").value("Кеңеш мүчөсү " + council.n()))
			.andExpect(jsonPath("$.members[0].actId").value(council.appointingActId()))
			.andExpect(jsonPath("$.recommendations[0].title.ru").value("Рекомендация " + council.n()))
			.andExpect(jsonPath("$.associations[*].id", hasItem((int) omb.id())));
	}

	@Test
	void anUnknownIdIsAProblemDetailInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/associations/987654321").header("Accept-Language", "ru"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Не найдено"))
			.andExpect(jsonPath("$.detail").value("УМО не найдено."));
		mvc.perform(get("/api/v1/councils/987654321").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The consultative council was not found."));
	}

	@Test
	void anInvalidFilterValueIsABadRequestProblem() throws Exception {
		mvc.perform(get("/api/v1/associations").param("region", "ATLANTIS").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The value of parameter region is not valid."));
	}

	@Test
	void theApiIsDescribedInTheOpenApiDocument() throws Exception {
		String document = mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(document).contains("\"/api/v1/associations\"", "\"/api/v1/associations/{id}\"",
				"\"/api/v1/councils/{id}\"", "AssociationDetail", "CouncilDetail");
	}

}
