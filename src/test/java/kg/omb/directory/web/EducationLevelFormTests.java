package kg.omb.directory.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kg.omb.directory.Directory;
import kg.omb.directory.EducationLevelView;
import kg.omb.directory.EducationSector;
import kg.omb.directory.People;
import kg.omb.directory.domain.ClassifierAdministration;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Adding a level of training on {@code POST /manage/classifier/levels}: the code's form, no second level with the
 * same code, the names in Kyrgyz and Russian (English optional), a sector, and only classifier editors. A refused
 * form says why in the person's language and adds nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EducationLevelFormTests {

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ClassifierAdministration classifier;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOfficerAddsALevelNamedInThreeLanguagesAfterTheExistingOnes() {
		String code = newCode();
		int last = directory.levels().stream().mapToInt(EducationLevelView::position).max().orElse(0);

		assertThat(post(People.officer(3), " " + code.toLowerCase() + " ", "Резидентура", "Ординатура", "Residency",
				"HIGHER"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/manage/classifier")
			.flash()
			.containsEntry("flash", "classifier.level-added");

		EducationLevelView added = level(code);
		assertThat(added.name()).isEqualTo(LocalizedText.of("Резидентура", "Ординатура", "Residency"));
		assertThat(added.sector()).isEqualTo(EducationSector.HIGHER);
		assertThat(added.position()).isGreaterThan(last);
	}

	@Test
	void theEnglishNameMayWait() {
		String code = newCode();
		assertThat(post(People.admin(), code, "Резидентура", "Ординатура", "", "HIGHER")).hasStatus3xxRedirection();
		assertThat(level(code).name()).isEqualTo(LocalizedText.of("Резидентура", "Ординатура", null));
	}

	@Test
	void aLevelCodeOfAnotherFormIsRefused() {
		int before = levels();
		assertThat(post(People.officer(3), "ДОКТОРАНТУРА", "Докторантура", "Докторантура", "", "HIGHER"))
			.hasStatus(422)
			.bodyText()
			.contains("Деңгээлдин коду латын баш тамгаларынан, сандардан жана астын сызуудан турат, мисалы BACHELOR.");
		assertThat(post(People.officer(3), "   ", "Докторантура", "Докторантура", "", "HIGHER")).hasStatus(422)
			.bodyText()
			.contains("Деңгээлдин кодун жазыңыз.");
		assertThat(levels()).isEqualTo(before);
	}

	@Test
	void anExistingLevelsCodeIsRefusedWhateverTheCase() {
		int before = levels();
		assertThat(post(People.officer(3), "bachelor", "Экинчи бакалавриат", "Второй бакалавриат", "", "HIGHER"))
			.hasStatus(422)
			.bodyText()
			.contains("BACHELOR деңгээли мурунтан эле бар.");
		assertThat(levels()).isEqualTo(before);
		assertThat(level("BACHELOR").name().ru()).isNotEqualTo("Второй бакалавриат");
	}

	@Test
	void aSecondLevelWithTheSameCodeIsRefusedByItsMessageKey() {
		String code = newCode();
		LocalizedText name = LocalizedText.of("Резидентура", "Ординатура", null);
		People.as(People.admin(), () -> {
			classifier.addLevel(code, name, EducationSector.HIGHER);
			return null;
		});
		assertThatThrownBy(() -> People.as(People.admin(), () -> {
			classifier.addLevel(code.toLowerCase(), name, EducationSector.SECONDARY_VOCATIONAL);
			return null;
		})).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("classifier.error.duplicate-level");
		assertThat(level(code).sector()).isEqualTo(EducationSector.HIGHER);
	}

	@Test
	void theKyrgyzAndRussianNamesAndTheSectorAreRequired() {
		int before = levels();
		assertThat(post(People.officer(3), newCode(), " ", "Ординатура", "", "HIGHER")).hasStatus(422)
			.bodyText()
			.contains("Аталышын кыргызча жазыңыз.");
		assertThat(post(People.officer(3), newCode(), "Резидентура", "", "", "HIGHER")).hasStatus(422)
			.bodyText()
			.contains("Аталышын орусча жазыңыз.");
		assertThat(post(People.officer(3), newCode(), "Резидентура", "Ординатура", "", "")).hasStatus(422)
			.bodyText()
			.contains("Билим берүү тармагын тандаңыз.");
		assertThat(post(People.officer(3), newCode(), "Р".repeat(201), "Ординатура", "", "HIGHER")).hasStatus(422)
			.bodyText()
			.contains("Аталышы өтө узун.");
		assertThat(levels()).isEqualTo(before);
	}

	@Test
	void onlyAClassifierEditorAddsALevel() {
		int before = levels();
		assertThat(post(People.representative(1), newCode(), "Резидентура", "Ординатура", "", "HIGHER"))
			.hasStatus(403);
		assertThat(post(People.participant(), newCode(), "Резидентура", "Ординатура", "", "HIGHER")).hasStatus(403);
		assertThat(levels()).isEqualTo(before);
	}

	private MvcTestResult post(Authentication person, String code, String nameKy,
			String nameRu, String nameEn, String sector) {
		return mvc.post()
			.uri("/manage/classifier/levels")
			.with(csrf())
			.with(authentication(person))
			.param("code", code)
			.param("nameKy", nameKy)
			.param("nameRu", nameRu)
			.param("nameEn", nameEn)
			.param("sector", sector)
			.exchange();
	}

	private EducationLevelView level(String code) {
		return directory.levels().stream().filter(level -> level.code().equals(code)).findFirst().orElseThrow();
	}

	private int levels() {
		return jdbc.queryForObject("select count(*) from education_level", Integer.class);
	}

	private static String newCode() {
		return "LEVEL_T" + NEXT.getAndIncrement() + "_" + Long.toString(System.nanoTime() % 100000);
	}

}
