package kg.omb.association.web;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationWebTest;
import kg.omb.directory.Region;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public OMB directory: what a visitor sees, how the filters narrow it, and the htmx fragment. */
@AssociationWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssociationDirectoryPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	AssociationFixture.Omb inChuy;

	AssociationFixture.Omb inNaryn;

	AssociationFixture.Omb dissolved;

	@BeforeAll
	void buildOmbs() {
		inChuy = fixture.standardOmb(Region.CHUY);
		inNaryn = fixture.standardOmb(Region.NARYN);
		dissolved = fixture.standardOmb(Region.CHUY);
		fixture.dissolve(dissolved);
	}

	@Test
	void anyoneSeesTheDirectoryWithBaseOrganisationGroupsChairAndMembersCount() throws Exception {
		String page = page("/associations?lang=ky");
		assertThat(page).contains("ОМБлордун реестри", inChuy.nameKy(), inNaryn.nameKy())
			.contains("href=\"/associations/" + inChuy.id() + "\"")
			.contains("Базалык университет " + inChuy.n(), "href=\"/organizations/" + inChuy.baseOrganizationId() + "\"")
			.contains(inChuy.codes().group(), "Экономика тобу " + inChuy.n())
			.contains("Төрага " + inChuy.n());
		assertThat(row(page, inChuy.nameKy())).contains(">2</td>");
	}

	@Test
	void closedOmbsAreHiddenUnlessAskedFor() throws Exception {
		assertThat(page("/associations?lang=ky")).doesNotContain(dissolved.nameKy());
		assertThat(page("/associations?lang=ky&closed=true")).contains(dissolved.nameKy(), "Жоюлган", inChuy.nameKy());
	}

	@Test
	void filtersByEnlargedGroup() throws Exception {
		String page = page("/associations?lang=ky&group=" + inNaryn.codes().group());
		assertThat(page).contains(inNaryn.nameKy()).doesNotContain(inChuy.nameKy());
		assertThat(page).contains("<option value=\"" + inNaryn.codes().group() + "\" selected=\"selected\"");
	}

	@Test
	void filtersByRegionOfTheBaseOrganisation() throws Exception {
		String page = page("/associations?lang=ru&region=NARYN");
		assertThat(page).contains(inNaryn.nameRu()).doesNotContain(inChuy.nameRu()).contains("Нарын");
	}

	@Test
	void filtersByLevelOfTraining() throws Exception {
		String specialists = "Адистер ОМБ " + inChuy.n();
		fixture.anotherOmb(inChuy, LocalizedText.of(specialists, null, null), Set.of("SPECIALIST"));
		assertThat(page("/associations?lang=ky&level=SPECIALIST")).contains(specialists).doesNotContain(inChuy.nameKy());
		assertThat(page("/associations?lang=ky&level=BACHELOR")).contains(inChuy.nameKy()).doesNotContain(specialists);
	}

	@Test
	void searchesBySpecialtyCodeAndByNameInAnyLanguage() throws Exception {
		assertThat(page("/associations?lang=ky&q=" + inNaryn.codes().specialty())).contains(inNaryn.nameKy())
			.doesNotContain(inChuy.nameKy());
		assertThat(page("/associations?lang=ky&q=" + inChuy.nameRu())).contains(inChuy.nameKy())
			.doesNotContain(inNaryn.nameKy());
	}

	@Test
	void saysPlainlyWhenNothingIsFound() throws Exception {
		String page = page("/associations?lang=en&q=nothing-like-this");
		assertThat(page).contains("No OMB matches the filter.").doesNotContain("<table");
	}

	@Test
	void anHtmxRequestGetsTheResultsWithoutTheLayout() throws Exception {
		String fragment = mvc.perform(get("/associations").param("group", inChuy.codes().group())
				.param("lang", "ky").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"association-results\"", inChuy.nameKy())
			.doesNotContain("<html", "<nav", "role=\"search\"");
	}

	@Test
	void theFilterFormWorksWithoutJavaScript() throws Exception {
		String page = page("/associations?lang=ky");
		assertThat(page).contains("<form action=\"/associations\" method=\"get\"")
			.contains("<label for=\"association-q\"", "<label for=\"association-group\"",
					"<label for=\"association-level\"", "<label for=\"association-region\"");
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String row(String page, String name) {
		int at = page.indexOf(name);
		return page.substring(at, page.indexOf("</tr>", at));
	}

}
