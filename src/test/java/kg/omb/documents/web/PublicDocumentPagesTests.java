package kg.omb.documents.web;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.web.PublicDocumentsFixture.InForce;
import kg.omb.shared.Bishkek;
import kg.omb.support.AdjustableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages of documents as anyone reads them without signing in: the registry and its filters, a document's
 * page with its text, versions, comparison, discussion, disposition table, act and timeline; the downloads of the
 * table; the list of discussions and the home page's block; drafts never published stay out of sight.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class, PublicDocumentsFixture.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicDocumentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicDocumentsFixture fixture;

	@Autowired
	AdjustableClock clock;

	Omb omb;

	Omb other;

	InForce standard;

	InForce superseding;

	InForce programme;

	long discussed;

	long unpublished;

	int year;

	@BeforeAll
	void buildDocuments() {
		omb = fixture.omb(Region.CHUY);
		other = fixture.omb(Region.NARYN);
		standard = fixture.inForce(omb, "Экономика МББС " + omb.n(), DocumentKind.STATE_STANDARD_HIGHER, null);
		superseding = fixture.inForce(omb, "Экономика МББС, жаңы " + omb.n(), DocumentKind.STATE_STANDARD_HIGHER,
				standard.id());
		programme = fixture.inForce(other, "Үлгү программа " + other.n(), DocumentKind.SAMPLE_DISCIPLINE_PROGRAMME,
				null);
		year = Bishkek.today(clock).getYear();
		discussed = fixture.underDiscussion(omb, "Талкуудагы долбоор " + omb.n());
		unpublished = fixture.draft(omb, "Жарыялана элек долбоор " + omb.n(), DocumentKind.STATE_STANDARD_HIGHER, null);
	}

	@Test
	void theRegistryListsDocumentsInForceAndArchivedButNoDrafts() throws Exception {
		String page = page("/documents?omb=" + omb.id() + "&lang=ky");
		assertThat(page).contains("Экономика МББС, жаңы " + omb.n(), "Экономика МББС " + omb.n(), "Күчүндө",
				"Жаңы версия менен алмаштырылды", "href=\"/documents/" + standard.id() + "\"")
			.doesNotContain("Талкуудагы долбоор " + omb.n(), "Жарыялана элек долбоор " + omb.n());
		assertThat(page.indexOf("Экономика МББС, жаңы " + omb.n()))
			.as("in force before superseded").isLessThan(page.indexOf(">Экономика МББС " + omb.n() + "<"));
	}

	@Test
	void theRegistryFiltersByKindStatusOmbSpecialtyLevelAndYear() throws Exception {
		assertThat(page("/documents?kind=SAMPLE_DISCIPLINE_PROGRAMME&lang=ky")).contains("Үлгү программа " + other.n())
			.doesNotContain("Экономика МББС " + omb.n());
		assertThat(page("/documents?omb=" + omb.id() + "&status=SUPERSEDED&lang=ky"))
			.contains("Экономика МББС " + omb.n()).doesNotContain("Экономика МББС, жаңы " + omb.n());
		assertThat(page("/documents?specialty=" + other.codes().specialty() + "&lang=ky"))
			.contains("Үлгү программа " + other.n()).doesNotContain("Экономика МББС " + omb.n());
		assertThat(page("/documents?omb=" + other.id() + "&level=BACHELOR&year=" + year)).contains("Үлгү программа " + other.n());
		assertThat(page("/documents?omb=" + other.id() + "&level=MASTER")).doesNotContain("Үлгү программа " + other.n());
		assertThat(page("/documents?omb=" + other.id() + "&year=" + (year + 1) + "&lang=ky"))
			.doesNotContain("Үлгү программа " + other.n()).contains("Тандоого бир да документ туура келген жок.");
		assertThat(page("/documents?status=DRAFTING&kind=nonsense&lang=ky")).contains("Табылган документтер: 0");
	}

	@Test
	void aDocumentsPageShowsItsTextByClauseWithHeadingsAnchorsAndCommentCounts() throws Exception {
		String page = page("/documents/" + superseding.id() + "?lang=ky");
		assertThat(page).contains("<h1", "Экономика МББС, жаңы " + omb.n(), "Күчүндө")
			.contains("href=\"/associations/" + omb.id() + "\"", omb.nameKy())
			.contains(omb.codes().specialty())
			.contains("<h3 class=\"h5 mt-4\">I Жалпы жоболор</h3>", "<h4 class=\"h6 mt-3\">1.1 Колдонуу чөйрөсү</h4>")
			.contains("id=\"clause-" + superseding.clause3() + "\"", "<strong>беш жыл</strong>")
			.contains("Сунуш-пикирлер: 1")
			.doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void theVersionsCompareClauseByClauseWithInsertedAndDeletedTextMarked() throws Exception {
		String page = page("/documents/" + standard.id() + "?compare=1..2&lang=ky");
		assertThat(page).contains("compare=1..2", "Салыштыруу", "Окуу мөөнөтү өзгөрдү")
			.contains("id=\"compare-legend\"", "<ins>кошулган текст</ins>", "<del>өчүрүлгөн текст</del>")
			.contains("id=\"change-" + standard.clause3() + "\"", "data-change=\"CHANGED\"");
		String change = page.substring(page.indexOf("id=\"change-" + standard.clause3() + "\""));
		assertThat(change).containsPattern("<del><span class=\"visually-hidden\">\\[өчүрүлдү:</span>төрт")
			.containsPattern("<ins><span class=\"visually-hidden\">\\[кошулду:</span>беш");
		mvc.perform(get("/documents/" + standard.id() + "?compare=1..9")).andExpect(status().isNotFound());
		mvc.perform(get("/documents/" + standard.id() + "?compare=nonsense")).andExpect(status().isNotFound());
	}

	@Test
	void theDiscussionTheDispositionTableTheActAndTheTimelineAreShown() throws Exception {
		String page = page("/documents/" + standard.id() + "?lang=ky");
		assertThat(page).contains("Коомдук талкуу", "Сунуш-пикирлер: 1", "Беш жыл болушу керек.", "Айгүл Осмонова")
			.contains("id=\"figures-by-stakeholder\"", "окутуучу", "Ош шаары")
			.contains("id=\"disposition-table\"", "Кабыл алынды", "Мөөнөт беш жыл болду",
					"href=\"#clause-" + standard.clause3() + "\"")
			.contains("href=\"/documents/" + standard.id() + "/dispositions.pdf\"",
					"href=\"/documents/" + standard.id() + "/dispositions.xlsx\"",
					"href=\"/documents/" + standard.id() + "/dispositions.csv\"")
			.contains("href=\"/acts/" + standard.actId() + "\"", "ST-" + standard.id())
			.contains("id=\"document-timeline\"", "Нурлан Абдыкадыров", "Гүлнара Асанова", "Эрмек Жумабаев")
			.contains("Эксперттик баалоо жүргүзүлгөн жок")
			.contains("href=\"/documents/" + superseding.id() + "\"")
			.doesNotContain("id=\"comment-form\"");
	}

	@Test
	void aDocumentApprovedByAnActTakingEffectLaterIsShownInForceFromThatDay() throws Exception {
		Omb later = fixture.omb(Region.TALAS);
		java.time.LocalDate effective = Bishkek.today(clock).plusDays(31 + 45);
		InForce upcoming = fixture.inForce(later, "Кийин күчүнө кирүүчү стандарт " + later.n(),
				DocumentKind.STATE_STANDARD_HIGHER, null, effective);

		String registry = page("/documents?omb=" + later.id() + "&lang=ky");
		assertThat(registry).contains("Кийин күчүнө кирүүчү стандарт " + later.n(), "күчүнө кирүүчү күнү",
				"datetime=\"" + effective + "\"").doesNotContain("күчүнө кирген күнү");
		assertThat(page("/documents?omb=" + later.id() + "&year=" + effective.getYear() + "&lang=ky"))
			.contains("Кийин күчүнө кирүүчү стандарт " + later.n());
		assertThat(page("/documents?omb=" + later.id() + "&year=" + (effective.getYear() - 1) + "&lang=ky"))
			.doesNotContain("Кийин күчүнө кирүүчү стандарт " + later.n());
		String document = page("/documents/" + upcoming.id() + "?lang=ky");
		String since = document.substring(document.indexOf("id=\"document-in-force-since\""));
		assertThat(document).contains("Күчүнө кирүүчү күнү", "күчүнө кирүү күнү");
		assertThat(since.substring(0, since.indexOf("</dd>"))).contains("datetime=\"" + effective + "\"");
		assertThat(page("/documents/" + standard.id() + "?lang=ky")).contains("Күчүнө кирген күнү")
			.doesNotContain("Күчүнө кирүүчү күнү");
	}

	@Test
	void aDraftNeverPublishedAndAnUnknownIdAnswerNotFound() throws Exception {
		mvc.perform(get("/documents/" + unpublished)).andExpect(status().isNotFound());
		mvc.perform(get("/documents/987654321")).andExpect(status().isNotFound());
		mvc.perform(get("/documents/" + unpublished + "/dispositions.pdf")).andExpect(status().isNotFound());
		assertThat(page("/discussions")).doesNotContain("Жарыялана элек долбоор " + omb.n());
	}

	@Test
	void aDraftUnderDiscussionIsPublicWithTheDaysLeftAndASignInLink() throws Exception {
		String page = page("/documents/" + discussed + "?lang=ky");
		assertThat(page).contains("Талкуудагы долбоор " + omb.n(), "Коомдук талкууда", "Калган күндөр: 31")
			.contains("id=\"sign-in-to-comment\"", "href=\"/login\"")
			.doesNotContain("id=\"comment-form\"");
	}

	@Test
	void theDispositionTableDownloadsAsPdfXlsxAndCsv() throws Exception {
		MvcResult pdf = download("/documents/" + standard.id() + "/dispositions.pdf?lang=ru");
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 4)).isEqualTo("%PDF");
		assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("attachment", ".pdf");

		MvcResult xlsx = download("/documents/" + standard.id() + "/dispositions.xlsx?lang=ru");
		assertThat(xlsx.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		byte[] workbook = xlsx.getResponse().getContentAsByteArray();
		assertThat(workbook).startsWith('P', 'K');
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).isEqualTo("Принято");
		}

		MvcResult csv = download("/documents/" + standard.id() + "/dispositions.csv?lang=ky");
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("Беш жыл болушу керек.", "Мөөнөт беш жыл болду");
	}

	@Test
	void theDiscussionsListShowsTheOpenDraftsWithDaysLeftAndTheClosedOnes() throws Exception {
		String page = page("/discussions?lang=ky");
		String open = page.substring(page.indexOf("id=\"discussions-open\""), page.indexOf("id=\"discussions-closed\""));
		String closed = page.substring(page.indexOf("id=\"discussions-closed\""));
		assertThat(open).contains("Талкуудагы долбоор " + omb.n(), "Калган күндөр: 31", omb.nameKy(),
				"Сунуш-пикирлер: 0");
		assertThat(closed).contains("Экономика МББС " + omb.n(), "Сунуш-пикирлер: 1")
			.doesNotContain("Талкуудагы долбоор " + omb.n());
	}

	@Test
	void theHomePageShowsTheDraftsUnderDiscussionAndTheLatestInForce() throws Exception {
		String page = page("/?lang=ky");
		String discussions = page.substring(page.indexOf("id=\"home-discussions\""), page.indexOf("id=\"home-in-force\""));
		assertThat(discussions).contains("Талкуудагы долбоор " + omb.n(), "href=\"/documents/" + discussed + "\"",
				"Калган күндөр: 31");
		assertThat(page.substring(page.indexOf("id=\"home-in-force\""))).contains("Үлгү программа " + other.n());
		assertThat(page).contains("href=\"/documents\"", "href=\"/discussions\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ky", "ru", "en" })
	void everyPageRendersInEveryLanguageWithoutMissingKeys(String language) throws Exception {
		for (String url : new String[] { "/documents", "/documents/" + standard.id() + "?compare=1..2",
				"/documents/" + discussed, "/discussions", "/" }) {
			String page = page(url + (url.contains("?") ? "&" : "?") + "lang=" + language);
			assertThat(page).as(url).contains("<html lang=\"" + language + "\"").doesNotContain("??");
		}
	}

	@Test
	void aLongDiscussionIsShownFiftyThreadsAtATimeWithLinksToTheRest() throws Exception {
		long draft = fixture.underDiscussion(omb, "Көп талкууланган долбоор " + omb.n());
		fixture.commentsOnTheWholeDocument(draft, 55);

		String first = threads(page("/documents/" + draft + "?lang=ky"));
		assertThat(first).contains("Жалпы пикир № 1<", "Жалпы пикир № 50<", "55 ичинен 1–50",
				"threads=all&amp;from=50", "threads=whole&amp;from=50", "Дагы пикирлер (калганы 5)")
			.doesNotContain("Жалпы пикир № 51<");

		String rest = threads(page("/documents/" + draft + "?threads=all&from=50&lang=ky"));
		assertThat(rest).contains("Жалпы пикир № 51<", "Жалпы пикир № 55<", "55 ичинен 51–55", "Мурунку пикирлер")
			.doesNotContain("Жалпы пикир № 50<");

		String clause = threads(page("/documents/" + draft + "?threads=whole&from=50&lang=ky"));
		assertThat(clause).contains("Жалпы пикир № 51<", "Бир пункт боюнча пикирлер.", "Бардык пикирлер")
			.doesNotContain("Жалпы пикир № 50<");
	}

	/** The part of the page with the threads of comments. */
	private static String threads(String page) {
		int start = page.indexOf("id=\"discussion-threads\"");
		int end = page.indexOf("id=\"document-dispositions\"", start);
		return page.substring(start, end < 0 ? page.length() : end);
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private MvcResult download(String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentAsByteArray()).isNotEmpty();
		return result;
	}


}
