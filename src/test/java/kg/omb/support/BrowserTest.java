package kg.omb.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the running application in headless Chromium: the application on a random port, one browser
 * per test class, a fresh browser context (no cookies) per test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.Condition.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
public abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	private Playwright playwright;

	private Browser browser;

	protected BrowserContext context;

	protected Page page;

	@BeforeAll
	void startBrowser() {
		playwright = Chromium.playwright();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("ky-KG"));
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	/**
	 * Puts the test on a phone: the page is replaced by one on a narrow touch screen (390 × 844 CSS pixels, as on a
	 * common smartphone), with no cookies.
	 */
	protected void onAPhone() {
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("ky-KG")
			.setViewportSize(390, 844)
			.setDeviceScaleFactor(3)
			.setIsMobile(true)
			.setHasTouch(true));
		page = context.newPage();
	}

	/** Selects the words inside the first element the selector finds, as a person would with the mouse or a finger. */
	protected void selectText(String selector, String words) {
		page.evaluate("""
				([selector, words]) => {
				  const text = document.querySelector(selector);
				  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
				  let node;
				  while ((node = walker.nextNode())) {
				    const at = node.textContent.indexOf(words);
				    if (at >= 0) {
				      const range = document.createRange();
				      range.setStart(node, at);
				      range.setEnd(node, at + words.length);
				      const selection = window.getSelection();
				      selection.removeAllRanges();
				      selection.addRange(range);
				      return;
				    }
				  }
				  throw new Error('words not found in ' + selector);
				}""", java.util.List.of(selector, words));
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Signs in on the sign-in page and waits to be back on the portal. */
	protected void signIn(String email, String password) {
		page.navigate(url("/login"));
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("form button[type=submit]").click();
		page.waitForURL(url("/") + "**");
	}

	protected void signOut() {
		page.locator("form[action$='/logout'] button[type=submit]").click();
		page.waitForURL(url("/") + "**");
	}

}
