package kg.omb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.shared.Bishkek;
import kg.omb.support.BrowserAccounts;
import kg.omb.support.BrowserTest;

/**
 * An information request from design to its consolidated chart, in Chromium against the running application: the
 * chair of an OMB designs the request (a total field, two figures, the OMB's direction at its levels, a rule that
 * the table adds up to the total) and sends it to the universities and colleges of its region; the university's
 * representative answers in the browser; the college's representative downloads the generated XLSX, fills it in and
 * uploads it, then submits; the chair returns the college's answer with remarks, the college corrects and submits
 * again; the chair accepts both and the consolidated page draws its charts and shows both organisations' figures.
 * Only the accounts and the OMB with its organisations are made beforehand.
 */
@Import(AssociationFixture.class)
class SurveysJourneyBrowserTests extends BrowserTest {

	static final String PASSWORD = "Ала-Тоо-сурам-2026";

	@Autowired
	AssociationFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Clock clock;

	@Test
	void aRequestIsDesignedSentAnsweredInTheBrowserAndByWorkbookReturnedCorrectedAcceptedAndConsolidated()
			throws Exception {
		Omb omb = fixture.standardOmb(Region.NARYN);
		int n = omb.n();
		String direction = omb.codes().direction();
		String chair = account("survey-chair" + n, "OMB_CHAIR", "ASSOCIATION", omb.id());
		String university = account("survey-university" + n, "ORG_REPRESENTATIVE", "ORGANIZATION",
				omb.baseOrganizationId());
		String college = account("survey-college" + n, "ORG_REPRESENTATIVE", "ORGANIZATION",
				omb.leadingOrganizationId());
		String universityName = "Базалык университет " + n;
		String collegeName = "Алдынкы колледж " + n;
		String title = "Адистерди даярдоо " + n;

		signIn(chair);
		page.navigate(url("/surveys"));
		page.locator("#owner").selectOption("ASSOCIATION:" + omb.id());
		page.locator("#titleKy").fill(title);
		page.locator("form[action$='/surveys/templates'] button[type=submit]").click();
		page.waitForURL("**/surveys/templates/*");
		String template = page.url().replaceAll("[?#].*$", "");
		page.locator("#f-code").fill("total_enrolled");
		page.locator("#f-kind").selectOption("NUMBER");
		page.locator("#f-label-ky").fill("Бардыгы кабыл алынды");
		page.locator("#f-min").fill("0");
		page.locator("#f-required").check();
		submit("/fields");
		page.locator("#f-code").fill("plan");
		page.locator("#f-kind").selectOption("FILE");
		page.locator("#f-label-ky").fill("Кабыл алуу планы");
		page.locator("#f-file-PDF").check();
		submit("/fields");
		addColumn("enrolled", "Кабыл алынды");
		addColumn("graduates", "Бүтүрүүчүлөр");
		page.locator("#r-code").fill(direction);
		submit("/rows");
		page.locator("#u-kind").selectOption("COLUMN_TOTAL_EQUALS_FIELD");
		page.locator("#u-left").fill("enrolled");
		page.locator("#u-right").fill("total_enrolled");
		submit("/rules");
		assertThat(page.locator("#rules-title + ul")).containsText("total_enrolled");
		int year = Bishkek.today(clock).getYear();
		page.locator("#s-year").fill(Integer.toString(year));
		page.locator("#s-deadline").fill(Bishkek.today(clock).plusDays(20).toString());
		page.locator("#s-kind-UNIVERSITY").check();
		page.locator("#s-kind-COLLEGE").check();
		page.locator("#s-regions").selectOption("NARYN");
		submit("/rounds");
		assertThat(page.locator(".alert-success")).isVisible();
		page.locator("#rounds-title + ul a").first().click();
		page.waitForURL("**/surveys/rounds/*");
		String round = page.url().replaceAll("[?#].*$", "");
		assertThat(page.locator("#waiting")).containsText(universityName);
		assertThat(page.locator("#waiting")).containsText(collegeName);
		signOut();

		signIn(university);
		openAnswer(title);
		page.locator("[name='f:total_enrolled']").fill("150");
		Path plan = Files.createTempFile("plan", ".pdf");
		Files.write(plan, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		page.locator("[name='file:plan']").setInputFiles(plan);
		figures(direction, Map.of("BACHELOR:enrolled", "100", "BACHELOR:graduates", "70", "MASTER:enrolled", "50",
				"MASTER:graduates", "30"));
		page.locator("#answer-form button[value=submit]").click();
		assertThat(page.locator("#answer-status")).hasText("тапшырылды");
		assertThat(page.locator("#attached-plan")).containsText(plan.getFileName().toString());
		signOut();

		signIn(college);
		openAnswer(title);
		String collegeAnswer = page.url().replaceAll("[?#].*$", "");
		Download download = page.waitForDownload(() -> page.locator("a[href$='/form.xlsx']").click());
		Path filled = Files.createTempFile("answer", ".xlsx");
		try (InputStream form = download.createReadStream()) {
			Files.write(filled, fill(form.readAllBytes(), direction, 80, new long[][] { { 60, 40 }, { 30, 20 } }));
		}
		page.locator("#upload-file").setInputFiles(filled);
		page.locator("form[action$='/upload'] button[type=submit]").click();
		assertThat(page.locator(".alert-success")).isVisible();
		assertThat(page.locator("[name='c:" + direction + ":MASTER:enrolled']")).hasValue("30");
		page.locator("#answer-form button[value=submit]").click();
		assertThat(page.locator(".alert-danger")).isVisible();
		assertThat(page.locator("#violations")).isVisible();
		page.locator("[name='f:total_enrolled']").fill("90");
		page.locator("#answer-form button[value=submit]").click();
		assertThat(page.locator("#answer-status")).hasText("тапшырылды");
		signOut();

		signIn(chair);
		page.navigate(round);
		assertThat(page.locator("#waiting")).not().containsText(universityName);
		page.navigate(collegeAnswer);
		page.locator("#remarks").fill("Магистратурага кабыл алынгандарды текшериңиз");
		page.locator("form[action$='/return'] button[type=submit]").click();
		assertThat(page.locator("#answer-status")).hasText("оңдоого кайтарылды");
		signOut();

		signIn(college);
		page.navigate(collegeAnswer);
		assertThat(page.locator(".alert-warning")).containsText("Магистратурага кабыл алынгандарды текшериңиз");
		page.locator("[name='c:" + direction + ":MASTER:enrolled']").fill("35");
		page.locator("[name='f:total_enrolled']").fill("95");
		page.locator("#answer-form button[value=submit]").click();
		assertThat(page.locator("#answer-status")).hasText("тапшырылды");
		signOut();

		signIn(chair);
		page.navigate(round);
		for (String organization : new String[] { universityName, collegeName }) {
			page.navigate(round);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(organization).setExact(true)).click();
			page.locator("form[action$='/accept'] button[type=submit]").click();
			assertThat(page.locator("#answer-status")).hasText("кабыл алынды");
		}
		page.navigate(round + "/consolidated");
		page.locator(".survey-chart canvas").first().waitFor();
		assertThat(page.locator(".survey-chart canvas").count()).isGreaterThanOrEqualTo(3);
		assertThat(page.locator("#accepted-count")).containsText("2");
		var byOrganization = page.locator("#totals-byOrganization");
		assertThat(row(byOrganization, universityName)).containsText("150");
		assertThat(row(byOrganization, universityName)).containsText("100");
		assertThat(row(byOrganization, collegeName)).containsText("95");
		assertThat(row(byOrganization, collegeName)).containsText("60");
		var total = page.locator("#totals-rows tfoot");
		assertThat(total).containsText("245");
		assertThat(total).containsText("160");
		assertThat(page.locator("#totals-rows")).containsText("110");
		assertThat(row(page.locator("#attached-files"), universityName)).containsText(plan.getFileName().toString());
		assertThat(page.locator("#attached-files")).not().containsText(collegeName);
	}

	private Locator row(Locator table, String name) {
		return table.locator("tbody tr")
			.filter(new Locator.FilterOptions().setHas(page.getByText(name, new Page.GetByTextOptions().setExact(true))));
	}

	private void addColumn(String code, String label) {
		page.locator("#c-code").fill(code);
		page.locator("#c-label-ky").fill(label);
		submit("/columns");
	}

	/** Submits the template page's form whose action ends so, and waits for the page it comes back to. */
	private void submit(String action) {
		page.locator("form[action$='" + action + "'] button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.locator(".alert-danger")).hasCount(0);
	}

	private void figures(String direction, Map<String, String> figures) {
		figures.forEach((cell, value) -> page.locator("[name='c:" + direction + ":" + cell + "']").fill(value));
	}

	private void openAnswer(String title) {
		page.navigate(url("/surveys"));
		page.locator("#answers-title ~ table a", new Page.LocatorOptions().setHasText(title))
			.click();
		page.waitForURL("**/surveys/answers/*");
	}

	/** The generated workbook with the total and, per level (bachelor, master), enrolled and graduates. */
	private static byte[] fill(byte[] form, String direction, long total, long[][] figures) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(form));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet fields = workbook.getSheet("form");
			for (Row row : fields) {
				if (row.getCell(0) != null && "total_enrolled".equals(row.getCell(0).getStringCellValue())) {
					row.createCell(2).setCellValue(total);
				}
			}
			Sheet table = workbook.getSheet("table");
			String[] levels = { "BACHELOR", "MASTER" };
			for (Row row : table) {
				if (row.getRowNum() < 2 || !direction.equals(row.getCell(0).getStringCellValue())) {
					continue;
				}
				int level = java.util.Arrays.asList(levels).indexOf(row.getCell(2).getStringCellValue());
				for (int c = 0; c < figures[level].length; c++) {
					row.createCell(4 + c).setCellValue(figures[level][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private String account(String name, String role, String scopeType, long scopeId) {
		return new BrowserAccounts(jdbc, passwordEncoder, "surveys.example.kg", PASSWORD).create(name, name, role,
				scopeType, scopeId, clock.instant().minus(Duration.ofDays(1)));
	}

	private void signIn(String email) {
		signIn(email, PASSWORD);
	}

}
