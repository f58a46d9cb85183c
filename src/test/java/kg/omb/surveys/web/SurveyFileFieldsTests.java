package kg.omb.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationWebTest;
import kg.omb.directory.Region;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;
import kg.omb.surveys.SurveysScenario;
import kg.omb.surveys.domain.AnswerInput;
import kg.omb.surveys.domain.AnswerStatus;
import kg.omb.surveys.domain.Attachment;
import kg.omb.surveys.domain.CellRef;
import kg.omb.surveys.domain.CheckedAnswer;
import kg.omb.surveys.domain.FileKind;
import kg.omb.surveys.domain.FormField;
import kg.omb.surveys.domain.SurveyService;
import kg.omb.surveys.domain.Violation;

/**
 * A FILE field of a request: the representative attaches a PDF in the answer form (a file of another kind, too
 * large or empty is refused and changes nothing), replaces it in the draft, cannot submit without it; only the
 * organisation's representative and the request's owner download it; the XLSX form leaves it as it is; the
 * consolidation lists it.
 */
@AssociationWebTest
class SurveyFileFieldsTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	@Autowired
	SurveyService surveys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.context.MessageSource messages;

	/** The request with an admission plan to attach: PDF only, at most 1 MB, required. */
	private SurveysScenario scenario(Region region) {
		SurveysScenario scenario = SurveysScenario.create(fixture, surveys, clock, region, List.of(FormField.file(
				"plan", "Кабыл алуу планы", "План приёма", "Admission plan", true, Set.of(FileKind.PDF), 1)));
		direction = scenario.direction();
		return scenario;
	}

	@Test
	void theChairDesignsAFileFieldWithItsKindsAndSizeAndAnUnknownKindOrSizeIsRefused() throws Exception {
		var omb = fixture.standardOmb(Region.CHUY);
		Authentication chair = SurveysScenario.signedIn(fixture, "OMB_CHAIR@ASSOCIATION:" + omb.id());
		long template = SurveysScenario.as(chair, () -> surveys.createTemplate(
				kg.omb.surveys.domain.OwnerType.ASSOCIATION, omb.id(),
				kg.omb.shared.LocalizedText.of("Отчёт " + omb.n(), "Отчёт", "Report")));
		String page = "/surveys/templates/" + template;

		mvc.perform(post(page + "/fields").with(authentication(chair)).with(csrf()).param("version", "0")
			.param("code", "scan").param("kind", "FILE").param("labelKy", "Скан").param("maxSizeMb", "51"))
			.andExpect(flash().attribute("error", "surveys.error.file-size-range"));
		mvc.perform(post(page + "/fields").with(authentication(chair)).with(csrf()).param("version", "0")
			.param("code", "scan").param("kind", "FILE").param("labelKy", "Скан").param("fileKinds", "EXE"))
			.andExpect(flash().attribute("error", "surveys.form.invalid"));
		mvc.perform(post(page + "/fields").with(authentication(chair)).with(csrf()).param("version", "0")
			.param("code", "scan").param("kind", "FILE").param("labelKy", "Буйруктун сканы")
			.param("labelRu", "Скан приказа").param("labelEn", "Scan of the order").param("required", "true")
			.param("fileKinds", "PDF").param("fileKinds", "IMAGE").param("maxSizeMb", "5"))
			.andExpect(flash().attribute("flash", "surveys.template.changed"));
		mvc.perform(post(page + "/fields").with(authentication(chair)).with(csrf()).param("version", "1")
			.param("code", "annex").param("kind", "FILE").param("labelKy", "Тиркеме"))
			.andExpect(flash().attribute("flash", "surveys.template.changed"));

		var fields = SurveysScenario.as(chair, () -> surveys.template(template)).definition().fields();
		assertThat(fields).extracting(FormField::code, FormField::required, FormField::fileKinds, FormField::maxSizeMb)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("scan", true, "PDF|IMAGE", 5),
					org.assertj.core.groups.Tuple.tuple("annex", false, "PDF|WORD|SPREADSHEET|IMAGE",
							FormField.DEFAULT_MAX_SIZE_MB));
		assertThat(fields.get(0).label().in(java.util.Locale.ENGLISH)).isEqualTo("Scan of the order");
		mvc.perform(get(page).with(authentication(chair)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"f-file-SPREADSHEET\"")))
			.andExpect(content().string(containsString(".pdf,.png,.jpg,.jpeg; at most 5 MB")));
	}

	@Test
	void theRepresentativeAttachesAPdfInTheAnswerFormReplacesItInTheDraftAndKeepsItWhenSavingWithoutOne()
			throws Exception {
		SurveysScenario scenario = scenario(Region.CHUY);
		Authentication university = SurveysScenario.signedIn(fixture, scenario.universityRepresentative());
		String answer = "/surveys/answers/" + scenario.universityAnswer();
		String first = "plan-" + scenario.omb().n() + ".pdf";
		String second = "plan-2-" + scenario.omb().n() + ".pdf";

		mvc.perform(get(answer).with(authentication(university)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("name=\"file:plan\"")))
			.andExpect(content().string(containsString("accept=\".pdf\"")));
		mvc.perform(fill(answer, university, 0, "draft", "120").file(pdf(first)))
			.andExpect(flash().attribute("flash", "surveys.answer.saved"));
		long firstId = fileOf(scenario, university);
		assertThat(storedNamed(first)).isEqualTo(1);
		mvc.perform(get(answer).with(authentication(university)))
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(containsString(answer + "/files/plan")));

		mvc.perform(fill(answer, university, 1, "draft", "130").file(pdf(second)))
			.andExpect(flash().attribute("flash", "surveys.answer.saved"));
		long secondId = fileOf(scenario, university);
		assertThat(secondId).isNotEqualTo(firstId);
		mvc.perform(get(answer + "/files/plan").with(authentication(university)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString(second)))
			.andExpect(content().bytes(PDF));

		mvc.perform(fill(answer, university, 2, "draft", "140"))
			.andExpect(flash().attribute("flash", "surveys.answer.saved"));
		var saved = SurveysScenario.as(university, () -> surveys.answer(scenario.universityAnswer())).answer();
		assertThat(saved.fields()).containsEntry("plan", Long.toString(secondId))
			.containsEntry("total_enrolled", "140");
		assertThat(saved.version()).isEqualTo(3);

		String stale = "stale-" + scenario.omb().n() + ".pdf";
		mvc.perform(fill(answer, university, 1, "draft", "150").file(pdf(stale)))
			.andExpect(flash().attribute("error", "surveys.error.stale"));
		assertThat(storedNamed(stale)).isZero();
		assertThat(fileOf(scenario, university)).isEqualTo(secondId);
	}

	@Test
	void aFileOfAnotherKindTooLargeOrEmptyIsRefusedWithItsReasonAndChangesNothing() throws Exception {
		SurveysScenario scenario = scenario(Region.BISHKEK_CITY);
		Authentication university = SurveysScenario.signedIn(fixture, scenario.universityRepresentative());
		String answer = "/surveys/answers/" + scenario.universityAnswer();
		String n = Integer.toString(scenario.omb().n());
		mvc.perform(fill(answer, university, 0, "draft", "120").file(pdf("kept-" + n + ".pdf")))
			.andExpect(flash().attribute("flash", "surveys.answer.saved"));
		long kept = fileOf(scenario, university);

		byte[] tooLarge = Arrays.copyOf(PDF, 1024 * 1024 + 1);
		Arrays.fill(tooLarge, PDF.length, tooLarge.length, (byte) ' ');
		Map<String, byte[]> refused = Map.of("photo-" + n + ".pdf", png(), "notes-" + n + ".pdf",
				"only some text".getBytes(StandardCharsets.UTF_8), "program-" + n + ".pdf",
				new byte[] { 0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 },
				"large-" + n + ".pdf", tooLarge, "empty-" + n + ".pdf", new byte[0]);
		Map<String, String> reasons = new HashMap<>();
		refused.forEach((name, bytes) -> {
			Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> SurveysScenario.as(university,
					() -> surveys.fill(scenario.universityAnswer(), 1, input("130"),
							List.of(new Attachment("plan", name, bytes.length,
									() -> new ByteArrayInputStream(bytes))), false)));
			assertThat(thrown).as(name).isInstanceOf(DomainException.class);
			reasons.put(name, ((DomainException) thrown).messageKey());
			assertThat(storedNamed(name)).as(name).isZero();
		});
		assertThat(reasons).containsEntry("photo-" + n + ".pdf", "surveys.file.kind-not-allowed")
			.containsEntry("notes-" + n + ".pdf", "surveys.file.kind-not-allowed")
			.containsEntry("program-" + n + ".pdf", "files.error.type-not-allowed")
			.containsEntry("large-" + n + ".pdf", "surveys.file.too-large")
			.containsEntry("empty-" + n + ".pdf", "files.error.empty");

		var refusal = mvc.perform(fill(answer, university, 1, "draft", "130")
			.file(new MockMultipartFile("file:plan", "photo.pdf", "application/pdf", png())))
			.andExpect(flash().attribute("error", "surveys.file.kind-not-allowed"))
			.andReturn();
		assertThat(messages.getMessage("surveys.file.kind-not-allowed",
				(Object[]) refusal.getFlashMap().get("errorArguments"), java.util.Locale.forLanguageTag("ky")))
			.isEqualTo("plan талаасы үчүн «photo.pdf» файлы кабыл алынган жок: мазмуну боюнча ал бул талаа "
					+ "кабыл алган түрдө эмес (.pdf). Эч нерсе өзгөргөн жок.");
		var unchanged = SurveysScenario.as(university, () -> surveys.answer(scenario.universityAnswer())).answer();
		assertThat(unchanged.version()).isEqualTo(1);
		assertThat(unchanged.fields()).containsEntry("plan", Long.toString(kept)).containsEntry("total_enrolled",
				"120");
	}

	@Test
	void aRequiredFileIsCheckedOnSubmitAndAnAnswerWithViolationsStoresNoFile() throws Exception {
		SurveysScenario scenario = scenario(Region.CHUY);
		Authentication college = SurveysScenario.signedIn(fixture, scenario.collegeRepresentative());
		String answer = "/surveys/answers/" + scenario.collegeAnswer();

		CheckedAnswer withoutFile = SurveysScenario.as(college,
				() -> surveys.fill(scenario.collegeAnswer(), 0, input("120"), true));
		assertThat(withoutFile.violations()).extracting(Violation::field, Violation::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("plan", "surveys.check.required"));

		String invalid = "invalid-" + scenario.omb().n() + ".pdf";
		mvc.perform(fill(answer, college, 0, "submit", "999", "120").file(pdf(invalid)))
			.andExpect(flash().attribute("error", "surveys.answer.invalid"));
		assertThat(storedNamed(invalid)).isZero();
		assertThat(SurveysScenario.as(college, () -> surveys.answer(scenario.collegeAnswer())).answer().status())
			.isEqualTo(AnswerStatus.PENDING);

		mvc.perform(fill(answer, college, 0, "submit", "120").file(pdf("submitted-" + scenario.omb().n() + ".pdf")))
			.andExpect(flash().attribute("flash", "surveys.answer.submitted"));
		var submitted = SurveysScenario.as(college, () -> surveys.answer(scenario.collegeAnswer())).answer();
		assertThat(submitted.status()).isEqualTo(AnswerStatus.SUBMITTED);
		assertThat(submitted.fields()).containsKey("plan");
		String late = "late-" + scenario.omb().n() + ".pdf";
		mvc.perform(fill(answer, college, 1, "draft", "120").file(pdf(late)))
			.andExpect(flash().attribute("error", "surveys.error.answer-locked"));
		assertThat(storedNamed(late)).isZero();
	}

	@Test
	void onlyTheOrganisationsRepresentativeAndTheRequestsOwnerDownloadTheFile() throws Exception {
		SurveysScenario scenario = scenario(Region.CHUY);
		var other = fixture.standardOmb(Region.CHUY);
		Authentication university = SurveysScenario.signedIn(fixture, scenario.universityRepresentative());
		Authentication chair = SurveysScenario.signedIn(fixture, scenario.chair());
		Authentication secretary = SurveysScenario.signedIn(fixture, "OMB_SECRETARY@ASSOCIATION:" + scenario.omb().id());
		Authentication college = SurveysScenario.signedIn(fixture, scenario.collegeRepresentative());
		Authentication otherChair = SurveysScenario.signedIn(fixture, "OMB_CHAIR@ASSOCIATION:" + other.id());
		Authentication member = SurveysScenario.signedIn(fixture, "OMB_MEMBER@ASSOCIATION:" + scenario.omb().id());
		String answer = "/surveys/answers/" + scenario.universityAnswer();
		mvc.perform(fill(answer, university, 0, "draft", "120").file(pdf("shared-" + scenario.omb().n() + ".pdf")))
			.andExpect(flash().attribute("flash", "surveys.answer.saved"));
		String download = answer + "/files/plan";

		for (Authentication allowed : List.of(university, chair, secretary)) {
			mvc.perform(get(download).with(authentication(allowed)))
				.andExpect(status().isOk())
				.andExpect(content().bytes(PDF));
		}
		for (Authentication refused : List.of(college, otherChair, member)) {
			mvc.perform(get(download).with(authentication(refused))).andExpect(status().isNotFound());
			assertThatThrownBy(() -> SurveysScenario.as(refused, () -> surveys.file(scenario.universityAnswer(),
					"plan"))).isInstanceOf(NotFoundException.class);
		}
		mvc.perform(get(download)).andExpect(status().is3xxRedirection());
		mvc.perform(get(answer + "/files/total_enrolled").with(authentication(chair)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/surveys/answers/" + scenario.collegeAnswer() + "/files/plan").with(authentication(chair)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theXlsxFormNotesThatTheFileIsAttachedInTheBrowserAndItsUploadLeavesTheFileAsItIs() throws Exception {
		SurveysScenario scenario = scenario(Region.BISHKEK_CITY);
		Authentication university = SurveysScenario.signedIn(fixture, scenario.universityRepresentative());
		Authentication chair = SurveysScenario.signedIn(fixture, scenario.chair());
		String answer = "/surveys/answers/" + scenario.universityAnswer();
		String name = "round-trip-" + scenario.omb().n() + ".pdf";
		mvc.perform(fill(answer, university, 0, "draft", "120").file(pdf(name)))
			.andExpect(flash().attribute("flash", "surveys.answer.saved"));
		long attached = fileOf(scenario, university);

		byte[] form = mvc.perform(get(answer + "/form.xlsx").with(authentication(university))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled;
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheet("form");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("plan");
			assertThat(sheet.getRow(3).getCell(3).getStringCellValue())
				.startsWith("A file cannot be attached in the workbook");
			sheet.getRow(2).createCell(2).setCellValue(150);
			sheet.getRow(3).createCell(2).setCellValue("");
			Sheet table = workbook.getSheet("table");
			long[][] figures = { { 100, 40, 30 }, { 50, 15, 10 } };
			for (int r = 0; r < 2; r++) {
				for (int c = 0; c < 3; c++) {
					table.getRow(2 + r).createCell(4 + c).setCellValue(figures[r][c]);
				}
			}
			workbook.write(out);
			filled = out.toByteArray();
		}
		mvc.perform(multipart(answer + "/upload").file(new MockMultipartFile("file", "form.xlsx", null, filled))
			.param("version", "1")
			.with(authentication(university))
			.with(csrf())).andExpect(flash().attribute("flash", "surveys.upload.done"));
		var saved = SurveysScenario.as(university, () -> surveys.answer(scenario.universityAnswer())).answer();
		assertThat(saved.fields()).containsEntry("total_enrolled", "150").containsEntry("plan", Long.toString(attached));

		mvc.perform(fill(answer, university, 2, "submit", "150"))
			.andExpect(flash().attribute("flash", "surveys.answer.submitted"));
		mvc.perform(post(answer + "/accept").with(authentication(chair)).with(csrf()).param("version", "3"))
			.andExpect(flash().attribute("flash", "surveys.answer.accepted"));
		String round = "/surveys/rounds/" + scenario.roundId();
		mvc.perform(get(round + "/consolidated").with(authentication(chair)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"attached-files\"")))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString(answer + "/files/plan")))
			.andExpect(content().string(containsString("Базалык университет " + scenario.omb().n())));
		mvc.perform(get(round + "/consolidated.csv").with(authentication(chair)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		mvc.perform(get("/surveys/answers/" + scenario.collegeAnswer()).with(authentication(chair)))
			.andExpect(content().string(not(containsString("/files/plan\""))));
	}

	/** The answer form as multipart, with a consistent table whose enrolment adds up to the total. */
	private MockMultipartHttpServletRequestBuilder fill(String answer, Authentication who, long version,
			String action, String total) {
		return fill(answer, who, version, action, total, total);
	}

	/** The same with a table whose enrolment adds up to another total. */
	private MockMultipartHttpServletRequestBuilder fill(String answer, Authentication who, long version,
			String action, String total, String tableTotal) {
		var request = multipart(answer);
		request.param("version", Long.toString(version)).param("action", action).param("f:total_enrolled", total);
		input(tableTotal).cells()
			.forEach((cell, value) -> request.param(
					"c:" + cell.specialtyCode() + ":" + cell.levelCode() + ":" + cell.columnCode(), value));
		request.with(authentication(who)).with(csrf());
		return request;
	}

	/** A consistent answer: 100 enrolled at bachelor's level, the rest of the total at master's. */
	private AnswerInput input(String total) {
		long master = Long.parseLong(total) - 100;
		Map<CellRef, String> cells = new HashMap<>();
		String[] columns = { "enrolled", "graduates", "employed" };
		String[][] figures = { { "100", "40", "30" }, { Long.toString(master), "15", "10" } };
		String[] levels = { "BACHELOR", "MASTER" };
		for (int l = 0; l < 2; l++) {
			for (int c = 0; c < 3; c++) {
				cells.put(new CellRef(direction, levels[l], columns[c]), figures[l][c]);
			}
		}
		return new AnswerInput(Map.of("total_enrolled", total), cells);
	}

	/** The direction of the table of the scenario the test runs. */
	private String direction = "";

	private long fileOf(SurveysScenario scenario, Authentication who) {
		return Long.parseLong(SurveysScenario.as(who, () -> surveys.answer(scenario.universityAnswer()))
			.answer()
			.fields()
			.get("plan"));
	}

	private long storedNamed(String name) {
		return jdbc.queryForObject("select count(*) from stored_file where original_name = ?", Long.class, name);
	}

	private static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("file:plan", name, "application/pdf", PDF);
	}

	private static byte[] png() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException impossible) {
			throw new java.io.UncheckedIOException(impossible);
		}
	}

}
