package kg.omb.portal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.web.PublicDocumentsFixture;
import kg.omb.shared.opendata.OpenDataset;
import kg.omb.support.AdjustableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data agrees with the registries it comes from, in every format, and holds only what their public pages
 * show; every field has its meaning in the dictionary in every language.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class, PublicDocumentsFixture.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PublicDocumentsFixture documents;

	@Autowired
	ObjectMapper json;

	@Autowired
	List<OpenDataset> datasets;

	Omb omb;

	long inForce;

	long draft;

	long discussed;

	long visibleComment;

	long hiddenComment;

	@BeforeAll
	void publish() {
		omb = documents.omb(Region.TALAS);
		inForce = documents.inForce(omb, "Ачык маалыматтын стандарты", DocumentKind.STATE_STANDARD_HIGHER, null).id();
		draft = documents.unpublishedDraft(omb, "Ачык маалыматка кирбеген долбоор");
		discussed = documents.underDiscussion(omb, "Ачык талкуудагы долбоор");
		visibleComment = documents.commentOnTheWholeDocument(discussed, "Долбоор жалпысынан туура");
		hiddenComment = documents.commentOnTheWholeDocument(discussed, "Жарнама: арзан китептер");
		documents.hide(omb, hiddenComment, "Жарнама");
	}

	@Test
	void theCatalogueOffersEveryDatasetInThreeFormats() {
		assertThat(datasets).extracting(OpenDataset::name)
			.contains("organizations", "classifier", "associations", "association-members", "documents",
					"discussion-comments");
		var page = assertThat(mvc.get().uri("/opendata?lang=ru")).hasStatusOk().bodyText();
		for (OpenDataset dataset : datasets) {
			page.contains("href=\"/opendata/" + dataset.name() + "\"", "href=\"/opendata/" + dataset.name() + ".csv\"",
					"href=\"/opendata/" + dataset.name() + ".json\"", "href=\"/opendata/" + dataset.name() + ".xlsx\"");
		}
		page.contains("Реестр нормативных документов");
	}

	@Test
	void theDocumentsRegistryHoldsDocumentsInForceWithTheirActAndNoDraft() throws Exception {
		String body = mvc.get().uri("/opendata/documents.json").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Map<String, Object>> rows = json.readValue(body, new TypeReference<>() {
		});
		assertThat(rows).anySatisfy(row -> {
			assertThat(row.get("id")).isEqualTo((int) inForce);
			assertThat(row.get("status")).isEqualTo("IN_FORCE");
			assertThat(row.get("title_ky")).isEqualTo("Ачык маалыматтын стандарты");
			assertThat(row.get("act_number")).isEqualTo("ST-" + inForce);
			assertThat(row.get("association_id")).isEqualTo((int) omb.id());
			assertThat(row.get("page")).isEqualTo("http://localhost:8080/documents/" + inForce);
		});
		assertThat(rows).noneSatisfy(row -> assertThat(row.get("id")).isEqualTo((int) draft));
	}

	@Test
	void theDiscussionsHoldEveryVisibleCommentAndNoHiddenOne() throws Exception {
		List<Map<String, Object>> rows = rows("discussion-comments");
		assertThat(rows).anySatisfy(row -> {
			assertThat(row.get("comment_id")).isEqualTo((int) visibleComment);
			assertThat(row.get("document_id")).isEqualTo((int) discussed);
			assertThat(row.get("text")).isEqualTo("Долбоор жалпысынан туура");
			assertThat(row.get("official")).isEqualTo(false);
		});
		assertThat(rows).noneSatisfy(row -> assertThat(row.get("comment_id")).isEqualTo((int) hiddenComment))
			.noneSatisfy(row -> assertThat(row.get("document_id")).isEqualTo((int) draft));
	}

	@Test
	void theMembershipHoldsTheCurrentMembersOfEveryOmb() throws Exception {
		assertThat(rows("association-members")).anySatisfy(row -> {
			assertThat(row.get("association_id")).isEqualTo((int) omb.id());
			assertThat(row.get("person_name")).isEqualTo("Академик " + omb.n());
			assertThat(row.get("role")).isEqualTo("MEMBER");
		});
	}

	private List<Map<String, Object>> rows(String dataset) throws Exception {
		return json.readValue(mvc.get().uri("/opendata/{name}.json", dataset).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8), new TypeReference<>() {
			});
	}

	@Test
	void theCsvAndTheXlsxCarryTheSameRowsAsTheJson() throws Exception {
		List<Map<String, Object>> rows = json.readValue(mvc.get().uri("/opendata/associations.json").exchange()
			.getResponse().getContentAsString(StandardCharsets.UTF_8), new TypeReference<>() {
			});
		assertThat(rows).anySatisfy(row -> {
			assertThat(row.get("id")).isEqualTo((int) omb.id());
			assertThat(row.get("name_ky")).isEqualTo(omb.nameKy());
			assertThat(row.get("special_status")).isEqualTo(false);
		});
		var csv = mvc.get().uri("/opendata/associations.csv").exchange();
		assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("associations-").contains(".csv");
		List<String> lines = csv.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).contains("id,name_ky,name_ru,name_en,status");
		assertThat(lines).hasSize(rows.size() + 1);
		byte[] xlsx = mvc.get().uri("/opendata/associations.xlsx").exchange().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("id");
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("name_ky");
		}
	}

	@Test
	void theOrganizationsFileIsTheDirectorysOwnExport() throws Exception {
		String openData = mvc.get().uri("/opendata/organizations.csv").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String export = mvc.get().uri("/organizations/export.csv").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(openData).isEqualTo(export).contains("code,kind,name_ky,name_ru");
	}

	@Test
	void everyFieldIsExplainedInTheDictionaryInEveryLanguage() {
		for (OpenDataset dataset : datasets) {
			for (String language : List.of("ky", "ru", "en")) {
				var page = assertThat(mvc.get().uri("/opendata/{name}?lang={lang}", dataset.name(), language))
					.hasStatusOk()
					.bodyText()
					.doesNotContain("??");
				dataset.fields().forEach(field -> page.contains("<code>" + field.name() + "</code>"));
			}
		}
		assertThat(mvc.get().uri("/opendata/no-such-dataset")).hasStatus(404);
		assertThat(mvc.get().uri("/opendata/no-such-dataset.csv")).hasStatus(404);
	}

}
