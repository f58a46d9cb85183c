package kg.omb.directory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kg.omb.directory.ActCitation;
import kg.omb.directory.ActCitations;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.ActRecordingRule;
import kg.omb.directory.DirectoryFixtures;
import kg.omb.directory.OrganizationInvolvement;
import kg.omb.directory.OrganizationInvolvements;
import kg.omb.directory.People;
import kg.omb.directory.domain.AuthorityAdministration;
import kg.omb.directory.domain.ClassifierAdministration;
import kg.omb.directory.domain.LegalActRegistry;
import kg.omb.directory.domain.OrganizationAdministration;
import kg.omb.directory.domain.ScanUpload;
import kg.omb.files.SampleFiles;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The directory's public pages, its management pages for each role, and what bad input leaves behind. */
@SpringBootTest(properties = "omb.files.directory=target/test-data/directory-files")
@AutoConfigureMockMvc
@Import(DirectoryPagesTests.OtherModules.class)
class DirectoryPagesTests {

	/** Stand-ins for the modules that report what rests on an act and what part an organisation plays. */
	@TestConfiguration(proxyBeanMethods = false)
	static class OtherModules {

		static final Map<Long, ActCitation> CITATIONS = new ConcurrentHashMap<>();

		static final Map<Long, OrganizationInvolvement> INVOLVEMENTS = new ConcurrentHashMap<>();

		@Bean
		ActCitations testCitations() {
			return actId -> CITATIONS.containsKey(actId) ? List.of(CITATIONS.get(actId)) : List.of();
		}

		/** The organisation whose acts the chair of OMB 1 may record (as the association module's rule allows). */
		static final java.util.concurrent.atomic.AtomicLong CHAIRED_BASE = new java.util.concurrent.atomic.AtomicLong(-1);

		@Bean
		ActRecordingRule chairsRecordTheirBaseOrganisationsActs() {
			return (person, issuer) -> issuer.equals(ActIssuer.organization(CHAIRED_BASE.get()))
					&& person.getAuthorities().stream().anyMatch(held -> "OMB_CHAIR@ASSOCIATION:1".equals(held.getAuthority()));
		}

		@Bean
		OrganizationInvolvements testInvolvements() {
			return id -> INVOLVEMENTS.containsKey(id) ? List.of(INVOLVEMENTS.get(id)) : List.of();
		}

	}

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

	@Autowired
	JdbcTemplate jdbc;

	int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	@Test
	void theListOfOrganisationsOpensForAnyoneInKyrgyzAndRussianAndFilters() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		long id = DirectoryFixtures.newUniversity(organizations, authority);
		String code = jdbc.queryForObject("select code from organization where id = ?", String.class, id);

		assertThat(mvc.get().uri("/organizations?q={q}", code)).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"ky\"")
			.contains("Билим берүү уюмдары")
			.contains("Кыргыз улуттук университети " + code)
			.contains("Бишкек шаары");
		assertThat(mvc.get().uri("/organizations?q={q}&lang=ru", code)).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"ru\"")
			.contains("Образовательные организации")
			.contains("Кыргызский национальный университет " + code);
		assertThat(mvc.get().uri("/organizations?q={q}&region=NARYN", code)).bodyText()
			.doesNotContain("Кыргыз улуттук университети " + code);
		assertThat(mvc.get().uri("/organizations?q={q}&kind=NONSENSE", code)).hasStatusOk();
		assertThat(mvc.get().uri("/organizations?q={q}", code).header("HX-Request", "true")).bodyText()
			.doesNotContain("<html")
			.startsWith("<div id=\"organization-results\"");
	}

	@Test
	void anOrganisationsPageShowsItsDetailsAuthorityActsAndItsPartInOtherModules() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		long id = DirectoryFixtures.newUniversity(organizations, authority);
		long act = DirectoryFixtures.newOrder(registry, ActIssuer.organization(id));
		OtherModules.INVOLVEMENTS.put(id, new OrganizationInvolvement("directory.none",
				LocalizedText.of("Экономика ОМБ", "УМО по экономике", "Economics OMB"), LocalDate.of(2026, 3, 2),
				"/associations/4"));

		assertThat(mvc.get().uri("/organizations/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("Билим берүү жана илим министрлиги MON")
			.contains("ректор")
			.contains("href=\"/acts/" + act + "\"")
			.contains("ОМБ түзүү жөнүндө")
			.contains("id=\"organization-involvements\"")
			.contains("Экономика ОМБ")
			.contains("02.03.2026");
		assertThat(mvc.get().uri("/organizations/{id}?lang=ru", id)).bodyText()
			.contains("<html lang=\"ru\"")
			.contains("Кыргызский национальный университет")
			.contains("УМО по экономике");
		assertThat(mvc.get().uri("/organizations/999999")).hasStatus(404);
	}

	@Test
	void theClassifierIsATreeWithRetiredCodesMarkedAndHiddenOnRequest() {
		String group = DirectoryFixtures.newGroup(classifier);
		String direction = DirectoryFixtures.classifierCode();
		People.as(People.admin(), () -> classifier.create(DirectoryFixtures.direction(direction, group)));
		People.as(People.admin(), () -> classifier.retire(direction, classifier.editable(direction).version(),
				LocalDate.of(2025, 9, 1), null));

		assertThat(mvc.get().uri("/classifier?q={q}", direction)).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"ky\"")
			.contains("Багыттардын жана адистиктердин классификатору")
			.contains("<code>" + group + "</code>")
			.contains("<code>" + direction + "</code>")
			.contains("01.09.2025 колдонуудан чыгарылган")
			.contains("Бакалавриат");
		assertThat(mvc.get().uri("/classifier?q={q}&hideRetired=true&lang=ru", group)).bodyText()
			.contains("<html lang=\"ru\"")
			.contains("<code>" + group + "</code>")
			.doesNotContain("<code>" + direction + "</code>");
		assertThat(mvc.get().uri("/classifier?q={q}&hideRetired=true", direction)).bodyText()
			.doesNotContain("<code>" + direction + "</code>");
	}

	@Test
	void anEntrysPageShowsItsHistory() {
		String group = DirectoryFixtures.newGroup(classifier);
		long authority = DirectoryFixtures.newAuthority(authorities);
		long act = DirectoryFixtures.newOrder(registry, ActIssuer.authority(authority));
		People.as(People.admin(), () -> classifier.retire(group, classifier.editable(group).version(),
				LocalDate.of(2026, 1, 1), act));

		assertThat(mvc.get().uri("/classifier/{code}", group)).hasStatusOk()
			.bodyText()
			.contains("id=\"retired-mark\"")
			.contains("Өзгөртүүлөрдүн тарыхы")
			.contains("Жазуу түзүлдү")
			.contains("Колдонуудан чыгарылды")
			.contains("href=\"/acts/" + act + "\"");
		assertThat(mvc.get().uri("/classifier/{code}?lang=ru", group)).bodyText()
			.contains("История изменений")
			.contains("Выведен");
		assertThat(mvc.get().uri("/classifier/000001")).hasStatus(404);
	}

	@Test
	void anActsPageListsWhatRestsOnItAndItsScanIsPublic() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		byte[] pdf = SampleFiles.pdf("Order 3");
		long act = People.as(People.admin(), () -> registry.record(DirectoryFixtures.order(ActIssuer.authority(authority),
				DirectoryFixtures.code("3-")), new ScanUpload(new java.io.ByteArrayInputStream(pdf), "order.pdf", pdf.length)));
		OtherModules.CITATIONS.put(act, new ActCitation("organization.created",
				LocalizedText.of("Педагогика ОМБ", "УМО по педагогике", "Pedagogy OMB"), LocalDate.of(2026, 3, 5),
				"/associations/9"));

		assertThat(mvc.get().uri("/acts/{id}", act)).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"ky\"")
			.contains("Буйрук №")
			.contains("Уюм кошулду.")
			.contains("href=\"/associations/9\"")
			.contains("Педагогика ОМБ")
			.contains("05.03.2026")
			.contains("href=\"/acts/" + act + "/scan\"");
		assertThat(mvc.get().uri("/acts/{id}?lang=ru", act)).bodyText().contains("Приказ №").contains("УМО по педагогике");
		assertThat(mvc.get().uri("/acts/{id}/scan", act)).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_PDF)
			.body()
			.isEqualTo(pdf);
		assertThat(mvc.get().uri("/acts/999999")).hasStatus(404);
	}

	@Test
	void anActsPageListsTheClassifierEntriesRetiredUnderIt() {
		String group = DirectoryFixtures.newGroup(classifier);
		String direction = DirectoryFixtures.classifierCode();
		People.as(People.admin(), () -> classifier.create(DirectoryFixtures.direction(direction, group)));
		long authority = DirectoryFixtures.newAuthority(authorities);
		long act = DirectoryFixtures.newOrder(registry, ActIssuer.authority(authority));
		long unrelated = DirectoryFixtures.newOrder(registry, ActIssuer.authority(authority));
		People.as(People.admin(), () -> {
			classifier.retire(direction, classifier.editable(direction).version(), LocalDate.of(2026, 1, 1), act);
			classifier.retire(group, classifier.editable(group).version(), LocalDate.of(2026, 2, 1), act);
			return null;
		});

		assertThat(mvc.get().uri("/acts/{id}", act)).hasStatusOk()
			.bodyText()
			.contains("Колдонуудан чыгарылды")
			.contains("href=\"/classifier/" + group + "\"")
			.contains(group + " Экономика " + group)
			.contains("href=\"/classifier/" + direction + "\"")
			.contains(direction + " Менеджмент " + direction)
			.contains("01.01.2026")
			.contains("01.02.2026");
		assertThat(mvc.get().uri("/acts/{id}?lang=en", act)).bodyText()
			.contains("Retired")
			.contains(direction + " Management " + direction);
		assertThat(mvc.get().uri("/acts/{id}", unrelated)).bodyText()
			.doesNotContain("href=\"/classifier/" + group + "\"");
	}

	@Test
	void managementPagesRefuseWhoeverLacksTheRole() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		long other = DirectoryFixtures.newAuthority(authorities);
		long organization = DirectoryFixtures.newUniversity(organizations, authority);

		assertThat(mvc.get().uri("/manage/authorities").with(authentication(People.participant()))).hasStatus(403);
		assertThat(mvc.get().uri("/manage/authorities").with(authentication(People.officer(authority)))).hasStatus(403);
		assertThat(mvc.get().uri("/manage/authorities").with(authentication(People.admin()))).hasStatusOk();
		assertThat(mvc.get().uri("/manage/authorities/new").with(authentication(People.officer(authority))))
			.hasStatus(403);

		assertThat(mvc.get().uri("/manage/organizations").with(authentication(People.participant()))).hasStatus(403);
		assertThat(mvc.get().uri("/manage/organizations/{id}/edit", organization)
			.with(authentication(People.officer(other)))).hasStatus(403);
		assertThat(mvc.get().uri("/manage/organizations/{id}/edit", organization)
			.with(authentication(People.officer(authority)))).hasStatusOk();
		assertThat(mvc.post().uri("/manage/organizations/{id}", organization).with(csrf())
			.with(authentication(People.officer(other))).param("code", "X").param("nameKy", "Х").param("nameRu", "Х")
			.param("kind", "UNIVERSITY").param("region", "CHUY").param("sectors", "HIGHER").param("version", "0"))
			.hasStatus(403);

		assertThat(mvc.get().uri("/manage/classifier").with(authentication(People.representative(organization))))
			.hasStatus(403);
		assertThat(mvc.get().uri("/manage/classifier").with(authentication(People.officer(other)))).hasStatusOk();
		assertThat(mvc.get().uri("/manage/acts").with(authentication(People.participant()))).hasStatus(403);
		assertThat(mvc.get().uri("/manage/acts").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection();
	}

	@Test
	void badInputOnTheOrganisationFormIsShownTranslatedAndChangesNothing() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		int before = count("organization");

		assertThat(mvc.post().uri("/manage/organizations").with(csrf()).with(authentication(People.officer(authority)))
			.param("code", DirectoryFixtures.code("NEW")).param("nameKy", " ").param("nameRu", "Колледж")
			.param("kind", "COLLEGE").param("region", "TALAS").param("authorityId", String.valueOf(authority)))
			.hasStatus(422)
			.bodyText()
			.contains("Аталышын кыргызча жазыңыз.")
			.contains("Уюм даярдоо жүргүзгөн жок дегенде бир тармакты тандаңыз.");
		assertThat(mvc.post().uri("/manage/organizations?lang=ru").with(csrf())
			.with(authentication(People.officer(authority))).param("code", DirectoryFixtures.code("NEW"))
			.param("nameKy", "Колледж").param("nameRu", "Колледж").param("kind", "COLLEGE").param("region", "TALAS")
			.param("sectors", "SECONDARY_VOCATIONAL").param("specialStatus", "true")
			.param("authorityId", String.valueOf(authority)))
			.hasStatus(422)
			.bodyText()
			.contains("Особый статус может быть только у организации высшего образования.");
		assertThat(mvc.post().uri("/manage/organizations").with(csrf()).with(authentication(People.officer(authority)))
			.param("code", "X").param("nameKy", "Х").param("nameRu", "Х").param("kind", "NO_SUCH_KIND")
			.param("region", "TALAS"))
			.hasStatus(422)
			.bodyText()
			.contains("Форманы окуу мүмкүн болгон жок.");
		assertThat(count("organization")).isEqualTo(before);
	}

	@Test
	void anOfficerCreatesAnOrganisationForTheirAuthorityThroughTheForm() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		String code = DirectoryFixtures.code("IGU");

		assertThat(mvc.get().uri("/manage/organizations/new").with(authentication(People.officer(authority))))
			.bodyText()
			.contains("value=\"" + authority + "\"")
			.doesNotContain("<option value=\"\">Жок</option>");
		assertThat(mvc.post().uri("/manage/organizations").with(csrf()).with(authentication(People.officer(authority)))
			.param("code", code).param("nameKy", "Ысык-Көл мамлекеттик университети")
			.param("nameRu", "Иссык-Кульский государственный университет").param("kind", "UNIVERSITY")
			.param("region", "ISSYK_KUL").param("sectors", "HIGHER").param("authorityId", String.valueOf(authority)))
			.hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select region from organization where code = ?", String.class, code))
			.isEqualTo("ISSYK_KUL");
	}

	@Test
	void aStaleEditOfAnOrganisationIsRefusedAndChangesNothing() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		long id = DirectoryFixtures.newUniversity(organizations, authority);
		String code = jdbc.queryForObject("select code from organization where id = ?", String.class, id);
		long version = jdbc.queryForObject("select version from organization where id = ?", Long.class, id);
		jdbc.update("update organization set version = version + 1 where id = ?", id);

		assertThat(mvc.post().uri("/manage/organizations/{id}", id).with(csrf())
			.with(authentication(People.officer(authority))).param("code", code).param("nameKy", "Өзгөртүлгөн")
			.param("nameRu", "Изменённый").param("kind", "UNIVERSITY").param("region", "OSH_CITY")
			.param("sectors", "HIGHER").param("authorityId", String.valueOf(authority))
			.param("version", String.valueOf(version)))
			.hasStatus(409)
			.bodyText()
			.contains("id=\"form-errors\"").contains("Бул жазууну башка бирөө сизден мурун өзгөрттү.");
		assertThat(jdbc.queryForObject("select region from organization where id = ?", String.class, id))
			.isEqualTo("BISHKEK_CITY");
	}

	@Test
	void aRetiredCodeIsRefusedAsTheParentOfANewEntry() {
		String group = DirectoryFixtures.newGroup(classifier);
		People.as(People.admin(), () -> classifier.retire(group, classifier.editable(group).version(),
				LocalDate.of(2021, 1, 1), null));
		String code = DirectoryFixtures.classifierCode();

		assertThat(mvc.post().uri("/manage/classifier").with(csrf()).with(authentication(People.officer(3)))
			.param("code", code).param("kind", "DIRECTION").param("nameKy", "Жаңы").param("nameRu", "Новое")
			.param("parentCode", group).param("levels", "BACHELOR").param("introducedOn", "2026-09-01"))
			.hasStatus(422)
			.bodyText()
			.contains(group + " коду колдонуудан чыгарылган, аны жаңы эч нерсеге колдонууга болбойт.");
		assertThat(jdbc.queryForObject("select count(*) from classifier_entry where code = ?", Integer.class, code))
			.isZero();
		assertThat(mvc.post().uri("/manage/classifier").with(csrf()).with(authentication(People.officer(3)))
			.param("code", code).param("kind", "GROUP").param("nameKy", "Жаңы").param("nameRu", "Новое")
			.param("introducedOn", "2026-02-31"))
			.hasStatus(422)
			.bodyText()
			.contains("Чыныгы күндү жазыңыз.");
	}

	@Test
	void aRefusedScanLeavesNoActAndTheIssuerSelectOffersOnlyOwnIssuers() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		long own = DirectoryFixtures.newUniversity(organizations, authority);
		long foreign = DirectoryFixtures.newUniversity(organizations, authority);
		int acts = count("legal_act");
		int files = count("stored_file");

		assertThat(mvc.get().uri("/manage/acts/new").with(authentication(People.representative(own)))).bodyText()
			.contains("value=\"ORGANIZATION:" + own + "\"")
			.doesNotContain("value=\"ORGANIZATION:" + foreign + "\"")
			.doesNotContain("value=\"AUTHORITY:" + authority + "\"");
		var docx = new MockMultipartFile("scan", "buyruk.docx", "application/pdf", SampleFiles.docx("Буйрук"));
		assertThat(mvc.post().uri("/manage/acts").multipart().file(docx).with(csrf())
			.with(authentication(People.representative(own))).param("issuer", "ORGANIZATION:" + own)
			.param("kind", "ORDER").param("number", "5").param("signedOn", "2026-03-02").param("titleKy", "Буйрук")
			.param("titleRu", "Приказ"))
			.hasStatus(422)
			.bodyText()
			.contains("Скан PDF же сүрөт (PNG, JPEG) болушу керек");
		assertThat(mvc.post().uri("/manage/acts").with(csrf()).with(authentication(People.representative(own)))
			.param("issuer", "ORGANIZATION:" + foreign).param("kind", "ORDER").param("number", "6")
			.param("signedOn", "2026-03-02").param("titleKy", "Буйрук").param("titleRu", "Приказ")).hasStatus(403);
		assertThat(count("legal_act")).isEqualTo(acts);
		assertThat(count("stored_file")).isEqualTo(files);
	}

	@Test
	void aScanIsAddedLaterAndAStaleAttemptIsRefused() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		long act = DirectoryFixtures.newOrder(registry, ActIssuer.authority(authority));
		var png = new MockMultipartFile("scan", "scan.png", "image/png", SampleFiles.png());

		assertThat(mvc.get().uri("/manage/acts/{id}/scan", act).with(authentication(People.officer(authority + 1000))))
			.hasStatus(403);
		assertThat(mvc.post().uri("/manage/acts/{id}/scan", act).multipart().file(png).with(csrf())
			.with(authentication(People.officer(authority))).param("version", "99"))
			.hasStatus(409);
		assertThat(mvc.post().uri("/manage/acts/{id}/scan", act).multipart().file(png).with(csrf())
			.with(authentication(People.officer(authority))).param("version", "0"))
			.hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select file_id from legal_act where id = ?", Long.class, act)).isNotNull();
	}

	@Test
	void anotherModulesRuleLetsTheChairRecordTheBaseOrganisationsActs() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		long base = DirectoryFixtures.newUniversity(organizations, authority);
		long other = DirectoryFixtures.newUniversity(organizations, authority);
		OtherModules.CHAIRED_BASE.set(base);
		var chair = People.person(4242, "ROLE_OMB_CHAIR", "OMB_CHAIR@ASSOCIATION:1");
		String number = DirectoryFixtures.code("M-");

		assertThat(mvc.get().uri("/manage/acts/new").with(authentication(chair))).hasStatusOk()
			.bodyText()
			.contains("value=\"ORGANIZATION:" + base + "\"")
			.doesNotContain("value=\"ORGANIZATION:" + other + "\"");
		assertThat(mvc.post().uri("/manage/acts").with(csrf()).with(authentication(chair))
			.param("issuer", "ORGANIZATION:" + base).param("kind", "ORDER").param("number", number)
			.param("signedOn", "2026-04-01").param("titleKy", "ОМБнын курамы жөнүндө")
			.param("titleRu", "О составе УМО")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select count(*) from legal_act where number = ? and issuer_id = ?",
				Integer.class, number, base)).isEqualTo(1);
		assertThat(mvc.post().uri("/manage/acts").with(csrf()).with(authentication(chair))
			.param("issuer", "ORGANIZATION:" + other).param("kind", "ORDER").param("number", number)
			.param("signedOn", "2026-04-01").param("titleKy", "Буйрук").param("titleRu", "Приказ")).hasStatus(403);
	}

}
