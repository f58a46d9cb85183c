package kg.omb.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.review.ReviewFixture;
import kg.omb.review.domain.ExpertPool;
import kg.omb.review.domain.ExpertProfile;
import kg.omb.review.domain.ReviewReminders;
import kg.omb.shared.Bishkek;
import kg.omb.support.AdjustableClock;
import kg.omb.support.BrowserAccounts;
import kg.omb.support.BrowserTest;
import kg.omb.support.TestAccount;
import kg.omb.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expert review of a draft standard in the browser, with the platform's real e-mail: the chair asks for a
 * single-blind review of two reviewers from the document's workspace; the ranked list leaves out an expert from the
 * author's university and says why; two experts declare no conflict and accept; one submits on time, the other is
 * reminded by e-mail once the review is overdue and submits late, which the chair sees; the chair decides; the
 * conclusion's PDF is on the document's workspace and, once the ministry approved the standard, on its public
 * page, naming no reviewer.
 */
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class ReviewJourneyBrowserTests extends BrowserTest {

	static final GreenMail MAIL = TestMail.start();

	static final String PASSWORD = "Ала-Тоо-экспертиза-2026";

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMail.deliverTo(MAIL, registry);
	}

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	@Autowired
	AssociationFixture fixture;

	@Autowired
	Documents documents;

	@Autowired
	ExpertPool pool;

	@Autowired
	ReviewReminders reminders;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void twoExpertsReviewADraftOneLateAfterAReminderAndTheConclusionIsOnTheDocumentsPage() throws Exception {
		Omb omb = fixture.standardOmb(Region.JALAL_ABAD);
		int n = omb.n();
		var accounts = new BrowserAccounts(jdbc, passwordEncoder, "review.example.kg", PASSWORD);
		ReviewFixture reviewFixture = new ReviewFixture(fixture, pool);
		String title = "Агрономия стандарты " + n;
		DocumentView document = reviewFixture.atExpertReview(omb, title, documents, clock);
		String colleague = expert(accounts, "Кесиптеш Асанов " + n, omb.baseOrganizationId(), omb);
		String onTime = expert(accounts, "Өз убагында Токтосунова " + n, reviewFixture.unrelatedUniversity(omb, "Ош"), omb);
		String late = expert(accounts, "Кечиккен Үсөнбаев " + n, reviewFixture.unrelatedUniversity(omb, "Нарын"), omb);
		String chair = accounts.withPassword(omb.chairAccountId());
		LocalDate today = Bishkek.today(clock);

		signIn(chair, PASSWORD);
		page.navigate(url("/manage/documents/" + document.id()));
		page.locator("#er-reviewers").fill("2");
		page.locator("#er-mode").selectOption("SINGLE_BLIND");
		page.locator("#er-answer").fill(today.plusDays(3).toString());
		page.locator("#er-submit").fill(today.plusDays(14).toString());
		page.locator("#expert-review-request button[type=submit]").click();
		page.locator("a[href^='/manage/reviews/']").first().click();
		page.waitForURL("**/manage/reviews/*");
		String desk = page.url();
		Locator colleagueRow = suggestion("Кесиптеш Асанов " + n);
		assertThat(colleagueRow.innerText()).as("the ranked list says why the author's colleague is left out")
			.contains("Автор менен бир уюмдан");
		assertThat(suggestion("Өз убагында Токтосунова " + n).innerText()).contains("кагылышуу жок");
		suggestion("Өз убагында Токтосунова " + n).locator("button[type=submit]").click();
		suggestion("Кечиккен Үсөнбаев " + n).locator("button[type=submit]").click();
		colleagueRow = suggestion("Кесиптеш Асанов " + n);
		colleagueRow.locator("button[type=submit]").click();
		assertThat(jdbc.queryForObject("select count(*) from review_assignment a join review_request r"
				+ " on r.id = a.request_id where r.subject_type = 'normative-document' and r.subject_id = ?", Long.class,
				document.id())).as("no invitation against the rules without a justification").isEqualTo(2);
		signOut();

		for (String expert : List.of(onTime, late)) {
			signIn(expert, PASSWORD);
			page.navigate(url("/reviews"));
			page.locator("main a[href^='/reviews/assignments/']", new Page.LocatorOptions().setHasText(title)).first()
				.click();
			assertThat(page.locator("main a[href='/documents/" + document.id() + "']").count())
				.as("no link to the subject before declaring no conflict").isZero();
			page.locator("#no-conflict").check();
			page.locator("#accept button[type=submit]").click();
			assertThat(page.locator("main a[href='/documents/" + document.id() + "']").count()).isPositive();
			if (expert.equals(onTime)) {
				review("Стандарт талаптарга жооп берет.");
			}
			signOut();
		}

		clock.advance(Duration.ofDays(16));
		reminders.remindNow();
		assertThat(TestMail.text(TestMail.await(MAIL, late, "Пикирдин мөөнөтү өттү")))
			.contains(title)
			.doesNotContain("Өз убагында Токтосунова");

		signIn(late, PASSWORD);
		page.navigate(url("/reviews"));
		page.locator("main a[href^='/reviews/assignments/']", new Page.LocatorOptions().setHasText(title)).first()
			.click();
		review("Кечигип берилген пикир: бир нече түзөтүү керек.");
		signOut();

		signIn(chair, PASSWORD);
		page.navigate(desk);
		String reviewsOnDesk = page.locator("main").innerText();
		assertThat(reviewsOnDesk).contains("Стандарт талаптарга жооп берет.",
				"Кечигип берилген пикир: бир нече түзөтүү керек.", "кечиктирилген", "Жашыруун эскертүү");
		page.locator("#decision").selectOption("APPROVE");
		page.locator("#decide button[type=submit]").click();
		page.navigate(url("/manage/documents/" + document.id()));
		Locator conclusion = page.locator("main a[href$='/conclusion.pdf']");
		assertThat(conclusion.count()).as("the conclusion is on the document's workspace").isPositive();
		String pdf = pdfText(page.request().get(url(conclusion.first().getAttribute("href"))));
		assertThat(pdf).contains("Эксперттик корутунду", title, "Стандарт талаптарга жооп берет.")
			.doesNotContain("Токтосунова", "Үсөнбаев", "Жашыруун эскертүү");
		signOut();

		assertThat(reviewFixture.approveByAuthority(omb, document.id(), documents, clock).status())
			.isEqualTo(DocumentStatus.IN_FORCE);
		page.navigate(url("/documents/" + document.id()));
		Locator published = page.locator("main a[href^='/reviews/conclusions/']");
		assertThat(published.count()).as("the conclusion is published with the standard in force").isPositive();
		assertThat(pdfText(page.request().get(url(published.first().getAttribute("href")))))
			.contains("Эксперттик корутунду", "Кечигип берилген пикир")
			.doesNotContain("Токтосунова", "Үсөнбаев");
	}

	/** Fills in and submits the open review form: top scores, approval, a comment and a remark for the chair. */
	private void review(String comment) {
		for (Locator score : page.locator("#review-form input[name=score]").all()) {
			score.fill("5");
		}
		page.locator("#recommendation").selectOption("APPROVE");
		page.locator("#comment").fill(comment);
		page.locator("#remarks").fill("Жашыруун эскертүү");
		page.locator("#review-form button[type=submit]").click();
		page.locator("#mine-title").waitFor();
	}

	private Locator suggestion(String name) {
		return page.locator("#suggestions tbody tr", new Page.LocatorOptions().setHasText(name));
	}

	/** An approved expert of the pool with an account of their own, competent in the OMB's direction. */
	private String expert(BrowserAccounts accounts, String name, long organizationId, Omb omb) {
		String email = accounts.create("expert" + AssociationFixture.unique(), name, null, null, null, clock.instant());
		long account = accounts.id(email);
		var applied = TestAccount.runAs(account, "PARTICIPANT", () -> pool.apply(new ExpertProfile(name, "PhD",
				"Доцент", Set.of(organizationId), Set.of(omb.codes().direction()), Set.of("ky", "ru"), 10, null)));
		fixture.asAdministrator(() -> pool.approve(applied.id(), applied.lock()));
		return email;
	}

	private static String pdfText(APIResponse response) throws Exception {
		assertThat(response.status()).isEqualTo(200);
		try (PDDocument read = Loader.loadPDF(response.body())) {
			return new PDFTextStripper().getText(read);
		}
	}

}
