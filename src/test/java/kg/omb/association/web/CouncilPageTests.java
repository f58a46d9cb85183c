package kg.omb.association.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationWebTest;
import kg.omb.directory.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public page of a consultative council (§13). */
@AssociationWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	AssociationFixture.Omb omb;

	AssociationFixture.Council council;

	@BeforeAll
	void buildCouncil() {
		omb = fixture.standardOmb(Region.ISSYK_KUL);
		council = fixture.council(omb);
	}

	@Test
	void showsTheAuthorityMembersWithTheirActsRecommendationsAndTheOmbsItCoordinates() throws Exception {
		int n = council.n();
		String page = page("/councils/" + council.id() + "?lang=ru");
		assertThat(page).contains("Консультативный совет " + n, "Министерство " + omb.n())
			.contains("href=\"/acts/" + council.formingActId() + "\"")
			.contains("Кеңеш мүчөсү " + n, "Ректор", "Базовый университет " + omb.n(),
					"href=\"/acts/" + council.appointingActId() + "\"")
			.contains("Рекомендация " + n, "<p>Стандарттарды жаңылоо " + n + "</p>", "<p>Экинчи абзац</p>")
			.contains("href=\"/associations/" + omb.id() + "\"", omb.nameRu())
			.contains("Сформирован консультативный орган", "Назначен член консультативного органа");
	}

	@Test
	void theOmbPageLinksToTheCouncilOfItsAuthority() throws Exception {
		assertThat(page("/associations/" + omb.id() + "?lang=ky")).contains("href=\"/councils/" + council.id() + "\"");
	}

	@Test
	void anUnknownCouncilAnswersNotFound() throws Exception {
		String page = mvc.perform(get("/councils/987654321?lang=ru"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Консультативный орган не найден.");
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
