package kg.omb.association.web;

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

/** The public page of one OMB, as anyone reads it without signing in, in Kyrgyz and in Russian. */
@AssociationWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssociationPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	AssociationFixture.Omb omb;

	@BeforeAll
	void buildOmb() {
		omb = fixture.standardOmb(Region.BISHKEK_CITY);
	}

	@Test
	void showsTheStructureInKyrgyz() throws Exception {
		int n = omb.n();
		String page = page("/associations/" + omb.id() + "?lang=ky");
		assertThat(page).contains("<title>" + omb.nameKy(), "Иштеп жатат", "Министрлик " + n)
			.contains("Базалык университет " + n, "href=\"/organizations/" + omb.baseOrganizationId() + "\"")
			.contains("Төрага " + n, "Окуу иштери боюнча проректор " + n)
			.contains("href=\"/acts/" + omb.chairActId() + "\"", "Буйрук № CH-" + n)
			.contains(omb.codes().group(), "Экономика тобу " + n)
			.contains("Экономика секциясы " + n, omb.codes().direction(), "Экономика багыты " + n,
					omb.codes().specialty(), "Бухгалтердик эсеп " + n)
			.contains("Алдынкы колледж " + n, "Секция башчысы " + n)
			.contains("Бакалавриат " + n, "Кичи секция башчысы " + n);
		assertThat(memberRow(page, "Академик " + n)).contains("Мүчө", "Профессордук-окутуучулук курам",
				"Базалык университет " + n, "Профессор", "Экономика секциясы " + n);
		assertThat(memberRow(page, "Иш берүүчү өкүл " + n)).contains("Катчы", "Иш берүүчүлөрдүн өкүлү", "Иш берүүчү " + n,
				"Башкы директор");
		assertThat(page).contains("Мүчөлөр: 2, алардын ичинен иш берүүчүлөрдүн өкүлдөрү: 1.")
			.contains("<th scope=\"col\">Аты-жөнү</th>", "<th scope=\"col\">ОМБдогу ролу</th>");
	}

	@Test
	void showsTheStructureInRussianWithDatesInRussian() throws Exception {
		int n = omb.n();
		String page = page("/associations/" + omb.id() + "?lang=ru");
		assertThat(page).contains("<html lang=\"ru\"", omb.nameRu(), "Действует", "Министерство " + n)
			.contains("Базовый университет " + n, "Ведущий колледж " + n, "Секция экономики " + n)
			.contains("Приказ № C-" + n + " от 1 сентября 2025 г.", "datetime=\"2025-09-01\"");
		assertThat(memberRow(page, "Академик " + n)).contains("Член", "Профессорско-преподавательский состав");
		assertThat(memberRow(page, "Иш берүүчү өкүл " + n)).contains("Секретарь", "Представитель работодателей");
		assertThat(page).contains("Членов: 2, из них представителей работодателей: 1.");
	}

	@Test
	void showsBylawsContactsWorkingGroupsAndTheHistoryOfActs() throws Exception {
		int n = omb.n();
		String page = page("/associations/" + omb.id() + "?lang=ky");
		assertThat(page).contains("href=\"/associations/" + omb.id() + "/bylaws/2\"", "Экинчи редакция " + n)
			.contains("href=\"/associations/" + omb.id() + "/bylaws/1\"", "Биринчи редакция " + n)
			.contains("mailto:omb" + n + "@example.kg", "+996 312 00 00 " + n)
			.contains("Стандарт тобу " + n, "МББС долбоорун даярдоо");
		String history = page.substring(page.indexOf("id=\"association-history-heading\""));
		assertThat(history).contains("ОМБ түзүлдү", "Төрага бекитилди", "Мүчө кошулду", "Иш берүүчү өкүл " + n)
			.contains("href=\"/acts/" + omb.creationActId() + "\"");
	}

	@Test
	void showsEachVersionOfTheBylawsInFullAndMarksTheSupersededOne() throws Exception {
		int n = omb.n();
		String first = page("/associations/" + omb.id() + "/bylaws/1?lang=ky");
		assertThat(first).contains("<p>1. Жалпы жоболор " + n + "</p>", "<p>2. Максаттар</p>")
			.contains("Бул редакция күчүн жоготкон.");
		String latest = page("/associations/" + omb.id() + "/bylaws/2?lang=ky");
		assertThat(latest).contains("1. Жалпы жоболор, жаңы " + n, "2. Максаттар жана милдеттер")
			.doesNotContain("Бул редакция күчүн жоготкон.");
	}

	@Test
	void showsTheHistoryOfBaseOrganisationsAndFormerChairsAfterATransfer() throws Exception {
		AssociationFixture.Omb moved = fixture.standardOmb(Region.TALAS);
		long newBase = fixture.transfer(moved, LocalizedText.of("Жаңы база " + moved.n(), null, null));
		String page = page("/associations/" + moved.id() + "?lang=ky");
		String bases = page.substring(page.indexOf("id=\"association-bases-heading\""));
		assertThat(bases).contains("Жаңы база " + moved.n(), "Базалык университет " + moved.n(), "азыркы убакка чейин");
		assertThat(page).contains("href=\"/organizations/" + newBase + "\"", "Мурдагы төрагалар")
			.contains("Азыркы учурда төрага бекитилген эмес");
	}

	@Test
	void aSpecialStatusUniversitysOwnAssociationSaysSoInsteadOfNamingAnAuthority() throws Exception {
		int n = AssociationFixture.unique();
		long own = fixture.specialStatusOmb(n);
		String page = page("/associations/" + own + "?lang=ru");
		assertThat(page).contains("Собственное УМО " + n, "Особый университет " + n)
			.contains("Собственное объединение вуза с особым статусом, действует по его уставу")
			.contains("Устав № U-" + n)
			.doesNotContain("Министерство " + n);
	}

	@Test
	void anUnknownOmbOrBylawsVersionAnswersNotFound() throws Exception {
		String page = mvc.perform(get("/associations/987654321?lang=ky"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("ОМБ табылган жок.");
		mvc.perform(get("/associations/" + omb.id() + "/bylaws/9")).andExpect(status().isNotFound());
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String memberRow(String page, String name) {
		int at = page.indexOf("<th scope=\"row\" class=\"fw-normal\">" + name + "</th>");
		assertThat(at).as("row of " + name).isNotNegative();
		return page.substring(at, page.indexOf("</tr>", at));
	}

}
