package kg.omb.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import kg.omb.association.AssociationFixture;
import kg.omb.directory.EducationSector;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;
import kg.omb.directory.domain.OrganizationAdministration;
import kg.omb.directory.domain.OrganizationData;
import kg.omb.shared.LocalizedText;
import kg.omb.support.BrowserAccounts;
import kg.omb.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The structure of an OMB made end to end by the people the regulation names: an authority officer records the
 * order and creates the OMB at its base university and confirms its chair (§3, §14); the chair adds a section with
 * its head and a subsection (§15, §19); the head of an employer proposes a member, the chair accepts and records the
 * base organisation's order (§16); and the public page shows all of it in Kyrgyz and in Russian.
 */
@Import(AssociationFixture.class)
class StructureJourneyBrowserTests extends BrowserTest {

	static final String PASSWORD = "Ала-Тоо-структура-2026";

	@Autowired
	AssociationFixture fixture;

	@Autowired
	OrganizationAdministration organizations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void officerCreatesAnOmbChairShapesItEmployerProposesAMemberAndThePublicSeesIt() {
		int n = AssociationFixture.unique();
		var setting = fixture.asAdministrator(() -> {
			long authority = fixture.authority(n);
			long university = fixture.organization(n, "U", OrganizationKind.UNIVERSITY, authority, Region.OSH_CITY,
					LocalizedText.of("Ош мамлекеттик университети " + n, "Ошский государственный университет " + n,
							"Osh State University " + n));
			long college = organizations.create(new OrganizationData("C" + n,
					LocalizedText.of("Ош медициналык колледжи " + n, "Ошский медицинский колледж " + n,
							"Osh Medical College " + n),
					null, OrganizationKind.COLLEGE, Set.of(EducationSector.SECONDARY_VOCATIONAL), Region.OSH_CITY, false,
					authority, null, null, null, null));
			long employer = fixture.organization(n, "E", OrganizationKind.EMPLOYER, authority, Region.OSH_CITY,
					LocalizedText.of("Ош шаардык ооруканасы " + n, "Ошская городская больница " + n,
							"Osh City Hospital " + n));
			return new Setting(authority, university, college, employer, fixture.codes(n,
					Set.of("BACHELOR", "SECONDARY_VOCATIONAL")));
		});
		String officer = account("officer" + n, "Гүлнара Осмонова", "AUTHORITY_OFFICER", "AUTHORITY", setting.authority());
		String chair = account("chair" + n, "Айгүл Токтогулова", null, null, null);
		String representative = account("head" + n, "Мээрим Усенова", "ORG_REPRESENTATIVE", "ORGANIZATION",
				setting.employer());

		signIn(officer);
		String creationOrder = "12/" + n;
		recordAct("AUTHORITY:" + setting.authority(), creationOrder, "ОМБ түзүү жөнүндө " + n);
		page.navigate(url("/manage/associations/new"));
		page.locator("#nameKy").fill("Саламаттыкты сактоо ОМБ " + n);
		page.locator("#nameRu").fill("УМО по здравоохранению " + n);
		page.locator("#authority").selectOption(String.valueOf(setting.authority()));
		page.locator("#groups").selectOption(setting.codes().group());
		page.locator("#base").selectOption(String.valueOf(setting.university()));
		chooseAct("#act", creationOrder);
		page.locator("form[action$='/manage/associations'] button[type=submit]").click();
		page.waitForURL("**/manage/associations/*");
		String workspace = page.url();
		String associationId = workspace.substring(workspace.lastIndexOf('/') + 1);

		String chairOrder = "13/" + n;
		recordAct("AUTHORITY:" + setting.authority(), chairOrder, "Төраганы бекитүү жөнүндө " + n);
		page.navigate(workspace);
		page.locator("#chair-email").fill(chair);
		page.locator("#chair-position").fill("Окуу иштери боюнча проректор");
		chooseAct("#chair-act", chairOrder);
		page.locator("form[action$='/chair'] button[type=submit]").click();
		assertThat(page.locator("#chair")).containsText("Айгүл Токтогулова");
		signOut();

		signIn(chair);
		String sectionOrder = "45-к/" + n;
		recordAct("ORGANIZATION:" + setting.university(), sectionOrder, "Секция түзүү жөнүндө " + n);
		page.navigate(url("/manage/associations/" + associationId));
		page.locator("#section-nameKy").fill("Меймандык иш секциясы " + n);
		page.locator("#section-nameRu").fill("Секция сестринского дела " + n);
		page.locator("#section-codes").selectOption(setting.codes().specialty());
		page.locator("#section-leading").selectOption(String.valueOf(setting.college()));
		chooseAct("#section-act", sectionOrder);
		page.locator("#section-head-name").fill("Эрлан Абдыкадыров");
		page.locator("form[action$='/sections'] button[type=submit]").click();
		assertThat(page.locator("#sections")).containsText("Эрлан Абдыкадыров");
		page.locator("#sections select[id^=sub-level-]").first().selectOption("SECONDARY_VOCATIONAL");
		page.locator("#sections input[id^=sub-name-]:not([id^=sub-name-ru-])").first().fill("Кесиптик орто " + n);
		page.locator("#sections input[id^=sub-head-name-]").first().fill("Жылдыз Мамбетова");
		chooseAct("#sections select[id^=sub-act-]", sectionOrder);
		page.locator("#sections form[action$='/subsections'] button[type=submit]").first().click();
		assertThat(page.locator("#sections")).containsText("Кесиптик орто " + n);
		signOut();

		signIn(representative);
		page.navigate(url("/manage/associations/" + associationId + "/proposals/new"));
		page.locator("#proposal-organization").selectOption(String.valueOf(setting.employer()));
		page.locator("#proposal-name").fill("Бакыт Жумабеков");
		page.locator("#proposal-position").fill("Башкы дарыгер");
		page.locator("#proposal-kind").selectOption("EMPLOYER_REPRESENTATIVE");
		page.locator("#proposal-role").selectOption("MEMBER");
		page.locator("#proposal-justification").fill("Медайымдарды даярдоодо 20 жылдык тажрыйба");
		page.locator("form[action$='/proposals'] button[type=submit]").click();
		assertThat(page.locator("#own-proposals")).containsText("Бакыт Жумабеков");
		signOut();

		signIn(chair);
		String membershipOrder = "77-ж/" + n;
		recordAct("ORGANIZATION:" + setting.university(), membershipOrder, "ОМБнын курамы жөнүндө " + n);
		page.navigate(url("/manage/associations/" + associationId));
		page.locator("#proposals form[action$='/accept'] button[type=submit]").first().click();
		page.locator("#proposals input[type=checkbox][id^=choose-]").first().check();
		chooseAct("#membership-act-id", membershipOrder);
		page.locator("button[form=membership-act]").click();
		assertThat(page.locator("#members")).containsText("Бакыт Жумабеков");
		signOut();

		page.navigate(url("/associations/" + associationId + "?lang=ky"));
		assertThat(page.locator("h1")).containsText("Саламаттыкты сактоо ОМБ " + n);
		assertThat(page.locator("main")).containsText("Ош мамлекеттик университети " + n);
		assertThat(page.locator("main")).containsText("Айгүл Токтогулова");
		assertThat(page.locator("main")).containsText("Меймандык иш секциясы " + n);
		assertThat(page.locator("main")).containsText("Эрлан Абдыкадыров");
		assertThat(page.locator("main")).containsText("Кесиптик орто " + n);
		assertThat(page.locator("main")).containsText("Бакыт Жумабеков");
		assertThat(page.locator("main")).containsText("Иш берүүчүлөрдүн өкүлү");
		assertThat(page.locator("main")).containsText(creationOrder);

		page.navigate(url("/associations/" + associationId + "?lang=ru"));
		assertThat(page.locator("html")).hasAttribute("lang", "ru");
		assertThat(page.locator("h1")).containsText("УМО по здравоохранению " + n);
		assertThat(page.locator("main")).containsText("Ошский государственный университет " + n);
		assertThat(page.locator("main")).containsText("Секция сестринского дела " + n);
		assertThat(page.locator("main")).containsText("Представитель работодателей");
		assertThat(page.locator("main")).containsText("Бакыт Жумабеков");
	}

	/** Chooses, in a select of acts, the one with this number. */
	private void chooseAct(String select, String number) {
		String value = page.locator(select + " option", new Page.LocatorOptions().setHasText(number))
			.first()
			.getAttribute("value");
		page.locator(select).selectOption(value);
	}

	/** Records an order on the directory's form, as the signed-in person, for the issuer given as TYPE:id. */
	private void recordAct(String issuer, String number, String titleKy) {
		page.navigate(url("/manage/acts/new"));
		page.locator("#issuer").selectOption(issuer);
		page.locator("#kind").selectOption("ORDER");
		page.locator("#number").fill(number);
		page.locator("#signedOn").fill(LocalDate.of(2025, 9, 1).toString());
		page.locator("#titleKy").fill(titleKy);
		page.locator("#titleRu").fill("Приказ № " + number);
		page.locator("form[action$='/manage/acts'] button[type=submit]").click();
		page.waitForURL(url("/acts/") + "**");
		assertThat(page.locator("main")).containsText(number);
	}

	private String account(String name, String displayName, String role, String scopeType, Long scopeId) {
		return new BrowserAccounts(jdbc, passwordEncoder, "journey.example.kg", PASSWORD).create(name, displayName, role,
				scopeType, scopeId, Instant.now());
	}

	private void signIn(String email) {
		signIn(email, PASSWORD);
	}


	record Setting(long authority, long university, long college, long employer, AssociationFixture.Codes codes) {
	}

}
