package kg.omb.documents.web.manage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.ClauseEdit;
import kg.omb.documents.ClauseLevel;
import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.shared.LocalizedText;
import kg.omb.support.BrowserTest;
import kg.omb.support.TestAccount;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structured editor in the browser: the chair writes a part with the toolbar (bold, a numbered list, a table)
 * and it is stored as clean HTML; editing a part in place that the secretary saved meanwhile shows, in place, the
 * secretary's text and keeps what the chair typed in the editor.
 */
@Import(AssociationFixture.class)
class EditorBrowserTests extends BrowserTest {

	static final String PASSWORD = "Ала-Тоо-редактор-2026";

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@Autowired
	AssociationFixture fixture;

	@Autowired
	Documents documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void theChairWritesWithTheToolbarAndAStaleSaveKeepsTheTypedText() {
		Omb omb = fixture.standardOmb(Region.NARYN);
		String chairRole = "OMB_CHAIR@ASSOCIATION:" + omb.id();
		long chair = account("editor-chair" + omb.n(), "Төрага Редактор", "ASSOCIATION", omb.id());
		DocumentView draft = TestAccount.runAs(chair, chairRole, () -> documents.createDraft(new NewDocument(omb.id(),
				null, DocumentKind.STATE_STANDARD_HIGHER, LocalizedText.of("Редактордун сыноосу", null, null),
				Set.of(), Set.of(), null)));

		signIn("editor-chair" + omb.n());
		page.navigate(url("/manage/documents/" + draft.id()));
		page.locator("#clause-number").fill("1.1");
		page.locator("#clause-heading").fill("Жалпы жоболор");
		page.locator("#clause-editor").click();
		page.keyboard().type("Окуу мөөнөтү ");
		page.locator("#add-clause [data-command=bold]").click();
		page.keyboard().type("төрт");
		page.locator("#add-clause [data-command=bold]").click();
		page.keyboard().type(" жыл.");
		page.keyboard().press("Enter");
		page.locator("#add-clause [data-command=insertOrderedList]").click();
		page.keyboard().type("Биринчи талап");
		page.keyboard().press("Enter");
		page.keyboard().press("Enter");
		page.locator("#add-clause [data-command=table]").click();
		page.keyboard().type("Блок");
		page.locator("form[action$='/clauses'] button[type=submit]").click();
		page.waitForURL("**/manage/documents/" + draft.id() + "*");

		ClauseView written = documents.clauses(draft.id(), 1).get(0);
		assertThat(written.number()).isEqualTo("1.1");
		assertThat(written.html()).contains("<b>төрт</b>", "<ol><li>Биринчи талап</li></ol>", "<table>", "Блок")
			.doesNotContain("style=", "contenteditable");

		page.locator("#clause-" + written.id() + " a[hx-get$='/edit']").click();
		String editor = "#edit-" + written.id() + "-editor";
		page.locator(editor).waitFor();
		TestAccount.runAs(chair, chairRole, () -> documents.editClause(draft.id(), written.id(), written.lock(),
				new ClauseEdit("1.1", ClauseLevel.CLAUSE, null, "<p>Катчынын тексти</p>", null)));
		page.locator(editor).click();
		page.keyboard().press("Control+A");
		page.keyboard().type("Төраганын жаңы тексти");
		page.locator("#clause-" + written.id() + " button[type=submit]").click();

		assertThat(page.locator("#clause-" + written.id())).containsText("Катчынын тексти");
		assertThat(page.locator("#clause-" + written.id() + " [role=alert]")).containsText("башка автор сактады");
		assertThat(page.locator(editor)).containsText("Төраганын жаңы тексти");
		assertThat(documents.clauses(draft.id(), 1).get(0).html()).isEqualTo("<p>Катчынын тексти</p>");

		page.locator("#clause-" + written.id() + " button[type=submit]").click();
		assertThat(page.locator("#clause-" + written.id() + " .clause-text")).containsText("Төраганын жаңы тексти");
		assertThat(documents.clauses(draft.id(), 1).get(0).html()).contains("Төраганын жаңы тексти");
	}

	@Test
	void theWorkspacePagesPassAnAccessibilityCheckAndRunNoBlockedScript() {
		Omb omb = fixture.standardOmb(Region.TALAS);
		String chairRole = "OMB_CHAIR@ASSOCIATION:" + omb.id();
		long chair = account("axe-chair" + omb.n(), "Төрага Текшерүүчү", "ASSOCIATION", omb.id());
		DocumentView draft = TestAccount.runAs(chair, chairRole, () -> {
			DocumentView created = documents.createDraft(new NewDocument(omb.id(), omb.sectionId(),
					DocumentKind.STATE_STANDARD_HIGHER, LocalizedText.of("Текшерүү стандарты", "Стандарт проверки", null),
					Set.of(), Set.of(), null));
			documents.addClause(created.id(), new ClauseEdit("1", ClauseLevel.CHAPTER, "Жалпы жоболор", "", null));
			documents.addClause(created.id(), new ClauseEdit("1.1", ClauseLevel.CLAUSE, null,
					"<p>Окуу мөөнөтү <b>төрт</b> жыл.</p><table><tr><td>Блок</td><td>Кредит</td></tr></table>", null));
			return created;
		});
		List<String> consoleErrors = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text());
			}
		});
		signIn("axe-chair" + omb.n());
		for (String language : List.of("ky", "ru", "en")) {
			for (String path : List.of("/manage/documents", "/manage/documents/" + draft.id())) {
				page.navigate(url(path + "?lang=" + language));
				AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
				assertThat(results.getPasses()).as("rules axe checked and passed").isNotEmpty();
				assertThat(results.getViolations()).as("WCAG 2.1 AA violations on %s in %s: %s", path, language,
						results.getViolations().stream().map(EditorBrowserTests::describe).toList())
					.isEmpty();
			}
		}
		page.locator("a[hx-get$='/edit']").first().click();
		page.locator("[id^=edit-][id$=-editor]").first().waitFor();
		AxeResults editing = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
		assertThat(editing.getViolations()).as("while editing in place: %s",
				editing.getViolations().stream().map(EditorBrowserTests::describe).toList()).isEmpty();
		assertThat(consoleErrors).as("console errors (blocked scripts or styles)").isEmpty();
	}

	static String describe(Rule violation) {
		return violation.getId() + ": " + violation.getNodes().stream().map(node -> node.getTarget().toString()).toList();
	}

	private long account(String name, String displayName, String scopeType, long scopeId) {
		String email = name + "@journey.example.kg";
		jdbc.update("""
				insert into account (version, created_at, updated_at, email, display_name, password_hash, status,
				                     language, password_change_required)
				values (0, current_timestamp, current_timestamp, ?, ?, ?, 'ACTIVE', 'ky', false)""", email, displayName,
				passwordEncoder.encode(PASSWORD));
		Long accountId = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
		jdbc.update("""
				insert into role_grant (version, created_at, updated_at, account_id, role, scope_type, scope_id,
				                        valid_from)
				values (0, current_timestamp, current_timestamp, ?, 'OMB_CHAIR', ?, ?, current_timestamp)""", accountId,
				scopeType, scopeId);
		return accountId;
	}

	private void signIn(String name) {
		page.navigate(url("/login"));
		page.locator("#email").fill(name + "@journey.example.kg");
		page.locator("#password").fill(PASSWORD);
		page.locator("form button[type=submit]").click();
		page.waitForURL(url("/") + "**");
	}

}
