package kg.omb.browser;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import kg.omb.association.AssociationFixture;
import kg.omb.directory.Region;
import kg.omb.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The public OMB pages in a browser: WCAG 2.1 AA in every language, and the htmx filter of the directory. */
@Import(AssociationFixture.class)
class AssociationPagesBrowserTests extends BrowserTest {

	@Autowired
	AssociationFixture fixture;

	AssociationFixture.Omb omb;

	AssociationFixture.Council council;

	@BeforeAll
	void buildOmb() {
		omb = fixture.standardOmb(Region.CHUY);
		council = fixture.council(omb);
	}

	@Test
	void publicAssociationPagesPassAnAccessibilityCheckInEveryLanguage() {
		List<String> paths = List.of("/associations", "/associations/" + omb.id(),
				"/associations/" + omb.id() + "/bylaws/1", "/councils/" + council.id());
		for (String language : List.of("ky", "ru", "en")) {
			for (String path : paths) {
				page.navigate(url(path + "?lang=" + language));
				AxeResults results = new AxeBuilder(page).withTags(PublicPagesBrowserTests.WCAG_21_AA).analyze();
				assertThat(results.getViolations()).as("WCAG 2.1 AA violations on %s in %s: %s", path, language,
						results.getViolations().stream().map(AssociationPagesBrowserTests::describe).toList())
					.isEmpty();
			}
		}
	}

	@Test
	void choosingAGroupNarrowsTheDirectoryInPlace() {
		page.navigate(url("/associations?lang=ky"));
		page.locator("#association-group").selectOption(omb.codes().group());
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*group=" + omb.codes().group() + ".*"));
		assertThat(page.locator("#association-results")).containsText(omb.nameKy());
		assertThat(page.locator("#association-results tbody tr")).hasCount(1);
	}

	private static String describe(Rule violation) {
		return violation.getId() + ": " + violation.getHelp() + " " + violation.getNodes()
			.stream()
			.map(node -> String.valueOf(node.getTarget()))
			.toList();
	}

}
