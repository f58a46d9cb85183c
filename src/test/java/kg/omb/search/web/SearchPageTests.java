package kg.omb.search.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.search.Facet;
import kg.omb.search.FacetValue;
import kg.omb.search.SearchEntry;
import kg.omb.search.SearchIndex;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The search page as a visitor sees it, signed out, in each language. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex index;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anyoneFindsPublicContentWithFacetsAndMarkedWords() throws Exception {
		long id = System.nanoTime() % 1_000_000_000L;
		transactions.executeWithoutResult(status -> index.put(new SearchEntry("document", id, "/documents/" + id,
				LocalizedText.of("Экономика багытынын мамлекеттик стандарты", "ГОС по направлению Экономика", null),
				LocalizedText.of("Бакалаврдын компетенцияларына талаптар", null, null), null,
				List.of(FacetValue.of(Facet.KIND, "STATE_STANDARD_HIGHER", LocalizedText.of("ЖКБ стандарты",
						"ГОС ВПО", "Higher education standard"))))));

		String page = page("/search?q=стандарттар+компетенция&lang=ky");
		assertThat(page).contains("href=\"/documents/" + id + "\"", "<mark>стандарты</mark>", "ЖКБ стандарты",
				"Документтин түрү", "kind=STATE_STANDARD_HIGHER");

		assertThat(page("/search?q=компетенция&kind=STATE_STANDARD_HIGHER&lang=ru")).contains("ГОС ВПО",
				"Вид документа", "aria-current=\"true\"");
		assertThat(page("/search?q=компетенция&kind=SAMPLE_DISCIPLINE_PROGRAMME&lang=en")).contains("Nothing found")
			.doesNotContain("/documents/" + id + "\"");
	}

	@Test
	void anEmptySearchInvitesToTypeWords() throws Exception {
		assertThat(page("/search?lang=ky")).contains("Порталдан издөө үчүн сөздөрдү жазыңыз")
			.contains("role=\"search\"");
	}

	@Test
	void markupInTheQueryIsShownAsText() throws Exception {
		assertThat(page("/search?q=%3Cscript%3Ealert(1)%3C/script%3E&lang=en")).doesNotContain("<script>alert")
			.contains("Nothing found");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
