package kg.omb.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import jakarta.mail.internet.MimeMessage;
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
import kg.omb.shared.Bishkek;
import kg.omb.support.AdjustableClock;
import kg.omb.support.BrowserAccounts;
import kg.omb.support.BrowserTest;
import kg.omb.support.TestMail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A state standard from draft to force, in Chromium against the running application, with mail delivered to
 * GreenMail by the real outbox: the section head drafts it; the chair opens the public discussion; a teacher
 * registers and comments on clause 3 and on a phrase selected in it; the window closes by the server's calendar;
 * the section head writes version 2 and disposes of both comments; the public page shows the difference and the
 * disposition table; the chair submits it; the ministry's officer approves it citing an order; the registry shows it
 * in force; the teacher has the disposition by e-mail; and axe finds no violation on the public pages.
 */
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class StandardJourneyBrowserTests extends BrowserTest {

	static final GreenMail MAIL = TestMail.start();

	static final String PASSWORD = "Ала-Тоо-стандарт-2026";

	static final Pattern CONFIRMATION_LINK = Pattern.compile("https?://[^\\s\"<>]+(/register/confirm\\?token=[\\w-]+)");

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
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void aStandardIsDraftedDiscussedDisposedOfApprovedAndTheCommenterIsTold() throws Exception {
		Omb omb = fixture.standardOmb(Region.OSH_CITY);
		int n = omb.n();
		String head = account("head" + n, "Эрлан Абдыкадыров", "SECTION_HEAD", "SECTION", omb.sectionId());
		String chair = account("chair" + n, "Айгүл Токтогулова", "OMB_CHAIR", "ASSOCIATION", omb.id());
		String officer = account("officer" + n, "Гүлнара Осмонова", "AUTHORITY_OFFICER", "AUTHORITY", omb.authorityId());
		String title = "Экономика багыты боюнча МББС " + n;

		signIn(head);
		page.navigate(url("/manage/documents"));
		page.locator("#new-omb").selectOption(String.valueOf(omb.id()));
		page.locator("#new-section").selectOption(String.valueOf(omb.sectionId()));
		page.locator("#new-kind").selectOption("STATE_STANDARD_HIGHER");
		page.locator("#new-title-ky").fill(title);
		page.locator("#new-title-ru").fill("ГОС по направлению Экономика " + n);
		page.locator("#new-document button[type=submit]").click();
		page.waitForURL("**/manage/documents/*");
		String workspace = page.url().replaceAll("[?#].*$", "");
		String documentId = workspace.substring(workspace.lastIndexOf('/') + 1);
		addClause("1", "Стандарт бакалаврларды даярдоого карата талаптарды белгилейт.");
		addClause("2", "Окутуу кыргыз жана расмий тилдерде жүргүзүлөт.");
		addClause("3", "Күндүзгү окуу формасында окуу мөөнөтү төрт жыл.");
		assertThat(page.locator("#clauses")).containsText("окуу мөөнөтү төрт жыл");
		signOut();

		signIn(chair);
		page.navigate(workspace);
		page.locator("#discussion-closes-on").fill(Bishkek.today(clock).plusDays(30).toString());
		page.locator("form[action$='/discussion/open'] button[type=submit]").click();
		assertThat(page.locator("#document-status")).containsText("Коомдук талкууда");
		signOut();

		page.navigate(url("/discussions"));
		assertThat(page.locator("main")).containsText(title);
		String teacher = registerAndConfirm("aigul.teacher" + n + "@example.kg", "Айгүл Асанова");
		signIn(teacher, PASSWORD);
		page.navigate(url("/documents/" + documentId));
		String clause3 = clauseKey("3");
		page.locator("#comment-clause").selectOption(clause3);
		page.locator("#comment-text").fill("Окуу мөөнөтүн беш жыл кылуу сунушталат.");
		page.locator("#comment-stakeholder").selectOption("TEACHER");
		page.locator("#comment-region").selectOption("OSH_CITY");
		page.locator("#comment-submit").click();
		assertThat(page.locator("#comments-" + clause3)).containsText("Окуу мөөнөтүн беш жыл кылуу сунушталат.");

		selectInClause(clause3, "төрт жыл");
		page.locator("#comment-on-selection").click();
		assertThat(page.locator("#comment-quote")).hasValue("төрт жыл");
		page.locator("#comment-text").fill("«Төрт жыл» эмес, кредиттер менен көрсөтүлсүн.");
		page.locator("#comment-submit").click();
		assertThat(page.locator("#comments-" + clause3)).containsText("«Төрт жыл» эмес, кредиттер менен көрсөтүлсүн.");
		assertThat(page.locator("#comments-" + clause3)).containsText("төрт жыл");
		signOut();

		clock.advance(Duration.ofDays(31));
		signIn(chair);
		page.navigate(workspace);
		page.locator("form[action$='/discussion/close'] button[type=submit]").click();
		assertThat(page.locator("#document-status")).containsText("Сын-пикирлер каралууда");
		signOut();

		signIn(head);
		page.navigate(workspace);
		page.locator("#new-version-summary").fill("Окуу мөөнөтү талкуунун жыйынтыгы боюнча өзгөрдү");
		page.locator("#new-version button[type=submit]").click();
		assertThat(page.locator("#text-title")).containsText("2-версия");
		String clause3Id = page.locator("#clauses article[id^=clause-]", new Page.LocatorOptions().setHasText("төрт жыл"))
			.first()
			.getAttribute("id")
			.replace("clause-", "");
		page.waitForLoadState(LoadState.LOAD);
		page.locator("#clause-" + clause3Id + " a[hx-get$='/edit']").click();
		String editor = "#edit-" + clause3Id + "-editor";
		page.locator(editor).click();
		page.keyboard().press("Control+A");
		page.keyboard().type("Күндүзгү окуу формасында окуу мөөнөтү беш жыл (240 кредит).");
		page.locator("#clause-" + clause3Id + " button[type=submit]").click();
		assertThat(page.locator("#clause-" + clause3Id)).containsText("беш жыл (240 кредит)");
		page.locator("#publish-summary").fill("Окуу мөөнөтү беш жыл");
		page.locator("#publish-version button[type=submit]").click();
		assertThat(page.locator("#versions")).containsText("Окуу мөөнөтү беш жыл");

		page.navigate(workspace + "/dispositions");
		List<String> commentIds = new ArrayList<>();
		for (String id : page.locator("select[id^=outcome-]").evaluateAll("all => all.map(s => s.id)").toString()
			.replaceAll("[\\[\\]\\s]", "").split(",")) {
			commentIds.add(id.replace("outcome-", ""));
		}
		assertThat(commentIds).hasSize(2);
		dispose(commentIds.get(0), "ACCEPTED", "Окуу мөөнөтү беш жыл болду.", clause3);
		dispose(commentIds.get(1), "PARTLY_ACCEPTED", "Мөөнөт кредит менен да көрсөтүлдү.", clause3);
		page.navigate(workspace);
		page.locator("form[action$='/review'] button[type=submit]").click();
		assertThat(page.locator("#document-status")).containsText("Эксперттик баалоо");
		signOut();

		page.navigate(url("/documents/" + documentId + "?compare=1..2"));
		assertThat(page.locator("#change-" + clause3 + " ins").first()).containsText("беш");
		assertThat(page.locator("#change-" + clause3 + " del").first()).containsText("төрт");
		page.navigate(url("/documents/" + documentId));
		assertThat(page.locator("main")).containsText("Окуу мөөнөтү беш жыл болду.");

		signIn(chair);
		page.navigate(workspace);
		page.locator("form[action$='/expert-review'] button[type=submit]").click();
		assertThat(page.locator("#document-status")).containsText("Төрага карап жатат");
		page.locator("form[action$='/submit'] button[type=submit]").click();
		assertThat(page.locator("#document-status")).containsText("Ыйгарым укуктуу органга жөнөтүлдү");
		signOut();

		signIn(officer);
		String order = "615/" + n;
		recordAct("AUTHORITY:" + omb.authorityId(), order, "Экономика боюнча МББСти бекитүү жөнүндө " + n);
		page.navigate(workspace);
		chooseAct("#approve-act", order);
		page.locator("form[action$='/approve'] button[type=submit]").click();
		assertThat(page.locator("#document-status")).containsText("Күчүндө");
		signOut();

		page.navigate(url("/documents?omb=" + omb.id()));
		Locator registered = page.locator("main li.registry-entry");
		assertThat(registered).hasCount(1);
		assertThat(registered.locator("a[href='/documents/" + documentId + "']")).containsText(title);
		assertThat(registered).containsText("Күчүндө");
		assertThat(registered).containsText("күчүнө кирген күнү");

		MimeMessage disposition = awaitMail(teacher, "Окуу мөөнөтү беш жыл болду.");
		assertThat(TestMail.text(disposition)).contains("/documents/" + documentId);

		for (String path : List.of("/", "/documents", "/discussions", "/documents/" + documentId,
				"/documents/" + documentId + "?compare=1..2", "/search?q=стандарттар")) {
			page.navigate(url(path));
			AxeResults results = new AxeBuilder(page).withTags(PublicPagesBrowserTests.WCAG_21_AA).analyze();
			assertThat(results.getViolations()).as("WCAG 2.1 AA violations on %s: %s", path,
					results.getViolations().stream().map(v -> v.getId() + " " + v.getNodes().stream()
						.map(node -> node.getTarget().toString()).toList()).toList())
				.isEmpty();
		}
	}

	private void addClause(String number, String text) {
		page.waitForLoadState(LoadState.LOAD);
		page.locator("form[action$='/clauses'] #clause-number").fill(number);
		page.locator("form[action$='/clauses'] #clause-level").selectOption("CLAUSE");
		page.locator("form[action$='/clauses'] #clause-editor").click();
		page.keyboard().type(text);
		page.locator("form[action$='/clauses'] button[type=submit]").click();
		assertThat(page.locator("#clauses")).containsText(text);
	}

	/** The key of the clause with this number on the public page. */
	private String clauseKey(String number) {
		return (String) page.evaluate("number => Array.from(document.querySelectorAll('#comment-clause option'))"
				+ ".find(option => option.textContent.trim() === number).value", number);
	}

	/** Selects the words in the clause's text as a person would with the mouse or a finger. */
	private void selectInClause(String clauseKey, String words) {
		// the page's script listens for selections once it has run: wait until the page has loaded it
		page.waitForLoadState(LoadState.LOAD);
		selectText(".clause-text[data-clause-key=\"" + clauseKey + "\"]", words);
		page.locator("#comment-on-selection").waitFor();
	}

	private void dispose(String commentId, String outcome, String justification, String changedClause) {
		page.locator("#outcome-" + commentId).selectOption(outcome);
		page.locator("#changed-" + commentId).selectOption(changedClause);
		page.locator("#justification-" + commentId).fill(justification);
		page.locator("form[action$='/dispositions/" + commentId + "'] button[type=submit]").click();
		page.waitForURL("**/dispositions**");
		assertThat(page.locator("main")).containsText(justification);
	}

	/** Records an order on the directory's form, as the signed-in person, for the issuer given as TYPE:id. */
	private void recordAct(String issuer, String number, String titleKy) {
		page.navigate(url("/manage/acts/new"));
		page.locator("#issuer").selectOption(issuer);
		page.locator("#kind").selectOption("ORDER");
		page.locator("#number").fill(number);
		page.locator("#signedOn").fill(Bishkek.today(clock).minusDays(1).toString());
		page.locator("#titleKy").fill(titleKy);
		page.locator("#titleRu").fill("Приказ № " + number);
		page.locator("form[action$='/manage/acts'] button[type=submit]").click();
		page.waitForURL(url("/acts/") + "**");
	}

	private void chooseAct(String select, String number) {
		String value = page.locator(select + " option", new Page.LocatorOptions().setHasText(number))
			.first()
			.getAttribute("value");
		page.locator(select).selectOption(value);
	}

	private String registerAndConfirm(String email, String name) throws Exception {
		int before = MAIL.getReceivedMessages().length;
		page.navigate(url("/register"));
		page.locator("#displayName").fill(name);
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		page.locator("#passwordRepeat").fill(PASSWORD);
		page.locator("#stakeholderKind").selectOption("TEACHER");
		page.locator("input[type=checkbox][name=consent]").check();
		page.locator("form button[type=submit]").click();
		assertThat(MAIL.waitForIncomingEmail(60_000, before + 1)).as("the confirmation e-mail arrived").isTrue();
		Matcher link = CONFIRMATION_LINK.matcher(TestMail.text(awaitMail(email, "/register/confirm")));
		assertThat(link.find()).isTrue();
		page.navigate(url(link.group(1)));
		return email;
	}

	private static MimeMessage awaitMail(String address, String words) throws Exception {
		return TestMail.await(MAIL, address, words);
	}

	private String account(String name, String displayName, String role, String scopeType, long scopeId) {
		return new BrowserAccounts(jdbc, passwordEncoder, "standard.example.kg", PASSWORD).create(name, displayName, role,
				scopeType, scopeId, clock.instant().minus(Duration.ofDays(1)));
	}

	private void signIn(String email) {
		signIn(email, PASSWORD);
	}

}
