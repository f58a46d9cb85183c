package kg.omb.browser;

import java.util.Set;

import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
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
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.BrowserAccounts;
import kg.omb.support.BrowserTest;
import kg.omb.support.TestAccount;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commenting on a passage of a draft from a phone: on a narrow touch screen the page does not scroll sideways, the
 * button for the selected words appears within the screen, a tap on it fills in the clause and the passage, and the
 * comment posted by taps is shown on the clause with its passage.
 */
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class PhoneCommentBrowserTests extends BrowserTest {

	static final String PASSWORD = "Ысык-Көл-телефон-2026";

	@Autowired
	AssociationFixture fixture;

	@Autowired
	Documents documents;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void aTeacherCommentsOnASelectedPassageFromAPhone() {
		Omb omb = fixture.standardOmb(Region.ISSYK_KUL);
		String chair = "OMB_CHAIR@ASSOCIATION:" + omb.id();
		DocumentView draft = TestAccount.runAs(omb.chairAccountId(), chair,
				() -> documents.createDraft(new NewDocument(omb.id(), null, DocumentKind.STATE_STANDARD_HIGHER,
						LocalizedText.of("Туризм стандарты " + omb.n(), null, null), Set.of(omb.codes().direction()),
						Set.of("BACHELOR"), null)));
		ClauseView clause = TestAccount.runAs(omb.chairAccountId(), chair, () -> documents.addClause(draft.id(),
				new ClauseEdit("1", ClauseLevel.CLAUSE, null,
						"<p>Өндүрүштүк практика мейманканаларда жана туристтик фирмаларда кеминде сегиз жума өтөт.</p>",
						null)));
		TestAccount.runAs(omb.chairAccountId(), chair, () -> documents.openDiscussion(draft.id(),
				documents.find(draft.id()).orElseThrow().lock(), Bishkek.today(clock).plusDays(30)));
		String teacher = new BrowserAccounts(jdbc, passwordEncoder, "phone.example.kg", PASSWORD)
			.create("teacher" + omb.n(), "Бактыгүл Осмонова", null, null, null, clock.instant());

		onAPhone();
		signIn(teacher, PASSWORD);
		page.navigate(url("/documents/" + draft.id()));
		page.waitForLoadState(LoadState.LOAD);
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("nothing makes the page scroll sideways on the phone").isTrue();

		selectText(".clause-text[data-clause-key=\"" + clause.key() + "\"]", "кеминде сегиз жума");
		var button = page.locator("#comment-on-selection");
		assertThat(button).isVisible();
		BoundingBox box = button.boundingBox();
		assertThat(box.x).isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).as("the button is within the screen's width").isLessThanOrEqualTo(390);
		assertThat(box.y + box.height).as("and within its height").isLessThanOrEqualTo(844);
		button.tap();
		assertThat(page.locator("#comment-quote")).hasValue("кеминде сегиз жума");
		assertThat(page.locator("#comment-clause")).hasValue(clause.key());

		page.locator("#comment-text").fill("Сегиз жума аз: туристтик сезондун бардык мезгилин камтуу үчүн он эки жума керек.");
		page.locator("#comment-stakeholder").selectOption("TEACHER");
		page.locator("#comment-submit").tap();
		assertThat(page.locator("#comments-" + clause.key())).containsText("он эки жума керек");
		assertThat(page.locator("#comments-" + clause.key())).containsText("кеминде сегиз жума");
	}

}
