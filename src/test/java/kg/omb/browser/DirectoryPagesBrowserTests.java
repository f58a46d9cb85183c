package kg.omb.browser;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.DirectoryFixtures;
import kg.omb.directory.People;
import kg.omb.directory.domain.AuthorityAdministration;
import kg.omb.directory.domain.ClassifierAdministration;
import kg.omb.directory.domain.LegalActRegistry;
import kg.omb.directory.domain.OrganizationAdministration;
import kg.omb.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The directory's public pages in the browser: accessible in Kyrgyz and Russian, and filtered as one types. */
@TestPropertySource(properties = "omb.files.directory=target/test-data/directory-files")
class DirectoryPagesBrowserTests extends BrowserTest {

	@Autowired
	AuthorityAdministration authorities;

	@Autowired
	OrganizationAdministration organizations;

	@Autowired
	ClassifierAdministration classifier;

	@Autowired
	LegalActRegistry registry;

	@Test
	void thePublicDirectoryPagesPassAnAccessibilityCheckInKyrgyzAndRussian() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		long organization = DirectoryFixtures.newUniversity(organizations, authority);
		long act = DirectoryFixtures.newOrder(registry, ActIssuer.organization(organization));
		String group = DirectoryFixtures.newGroup(classifier);
		String direction = DirectoryFixtures.classifierCode();
		People.as(People.admin(), () -> classifier.create(DirectoryFixtures.direction(direction, group)));

		for (String path : List.of("/organizations", "/organizations/" + organization, "/classifier",
				"/classifier/" + direction, "/acts/" + act)) {
			for (String language : List.of("ky", "ru")) {
				page.navigate(url(path + "?lang=" + language));
				assertThat(page.locator("html")).hasAttribute("lang", language);
				AxeResults results = new AxeBuilder(page).withTags(PublicPagesBrowserTests.WCAG_21_AA).analyze();
				assertThat(results.getViolations()).as("WCAG 2.1 AA violations on %s in %s: %s", path, language,
						results.getViolations().stream()
							.map(violation -> violation.getId() + ": " + violation.getHelp() + " "
									+ violation.getNodes().stream().map(node -> node.getHtml()).toList())
							.toList())
					.isEmpty();
			}
		}
	}

	@Test
	void typingInTheSearchNarrowsTheClassifierWithoutReloadingThePage() {
		String group = DirectoryFixtures.newGroup(classifier);
		String other = DirectoryFixtures.newGroup(classifier);

		page.navigate(url("/classifier"));
		assertThat(page.locator("#classifier-results")).containsText(other);
		page.locator("#q").fill(group);
		assertThat(page.locator("#classifier-results")).not().containsText(other);
		assertThat(page.locator("#classifier-results")).containsText(group);
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=" + group + ".*"));
	}

}
