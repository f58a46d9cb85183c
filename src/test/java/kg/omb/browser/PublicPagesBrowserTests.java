package kg.omb.browser;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kg.omb.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class PublicPagesBrowserTests extends BrowserTest {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@Test
	void homePagePassesAnAccessibilityCheckInEveryLanguage() {
		for (String language : List.of("ky", "ru", "en")) {
			page.navigate(url("/?lang=" + language));
			AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
			assertThat(results.getPasses()).as("rules axe checked and passed").isNotEmpty();
			assertThat(results.getViolations()).as("WCAG 2.1 AA violations on / in %s: %s", language,
					results.getViolations().stream().map(PublicPagesBrowserTests::describe).toList())
				.isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/register", "/password/forgot" })
	void publicFormsPassAnAccessibilityCheck(String path) {
		page.navigate(url(path));
		AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
		assertThat(results.getViolations()).as("%s: %s", path,
				results.getViolations().stream().map(PublicPagesBrowserTests::describe).toList())
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sections", "/sections/documents-in-force", "/sections/literature", "/opendata",
			"/opendata/documents", "/search?q=стандарт", "/news", "/events" })
	void portalPagesPassAnAccessibilityCheckInEveryLanguage(String path) {
		for (String language : List.of("ky", "ru", "en")) {
			page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
			AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
			assertThat(results.getViolations()).as("%s in %s: %s", path, language,
					results.getViolations().stream().map(PublicPagesBrowserTests::describe).toList())
				.isEmpty();
		}
	}

	@Test
	void theApiDescriptionOpensInItsUiUnderThePagesSecurityPolicy() {
		page.navigate(url("/swagger-ui.html"));
		assertThat(page.locator(".swagger-ui .info .title")).isVisible();
		assertThat(page.locator(".opblock-tag").first()).isVisible();
	}

	@Test
	void visitorSwitchesToRussianAndBackToKyrgyz() {
		page.navigate(url("/"));
		assertThat(page.locator("html")).hasAttribute("lang", "ky");
		page.getByText("Русский").first().click();
		assertThat(page.locator("html")).hasAttribute("lang", "ru");
		assertThat(page.locator("h1")).hasText("Учебно-методические объединения");
		page.navigate(url("/login"));
		assertThat(page.locator("html")).hasAttribute("lang", "ru");
		page.getByText("Кыргызча").first().click();
		assertThat(page.locator("html")).hasAttribute("lang", "ky");
	}

	@Test
	void pageLoadsNothingFromAnotherHostAndRunsNoInlineScript() {
		List<String> foreign = new java.util.ArrayList<>();
		List<String> consoleErrors = new java.util.ArrayList<>();
		page.onRequest(request -> {
			if (!request.url().startsWith(url("")) && !request.url().startsWith("data:")) {
				foreign.add(request.url());
			}
		});
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text());
			}
		});
		page.navigate(url("/"));
		page.waitForLoadState();
		page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target/screenshots/home.png")).setFullPage(true));
		assertThat(foreign).isEmpty();
		assertThat(consoleErrors).as("console errors, e.g. Content-Security-Policy refusals").isEmpty();
		assertThat((Boolean) page.evaluate("() => typeof htmx !== 'undefined'")).isTrue();
	}

	private static String describe(Rule violation) {
		return violation.getId() + ": " + violation.getHelp() + " " + violation.getNodes()
			.stream()
			.map(node -> String.valueOf(node.getTarget()))
			.toList();
	}

}
