package kg.omb.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kg.omb.support.BrowserTest;
import kg.omb.support.TestMail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person does end to end, in Chromium against the running application, with mail delivered to GreenMail
 * by the real outbox job.
 */
class AccountJourneyBrowserTests extends BrowserTest {

	static final GreenMail MAIL = TestMail.start();

	@Autowired
	JdbcTemplate jdbc;

	static final Pattern CONFIRMATION_LINK = Pattern.compile("https?://[^\\s\"<>]+(/register/confirm\\?token=[\\w-]+)");

	static final String ADMIN_EMAIL = "admin@omb.local";

	static final String ADMIN_PASSWORD = "test-platform-key-0427";

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMail.deliverTo(MAIL, registry);
	}

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	@Test
	void personRegistersConfirmsByMailSignsInAndSwitchesLanguages() throws Exception {
		String email = "aigul.teacher@example.kg";
		String password = "Бийик-Тоо-2026-окутуу";

		page.navigate(url("/register"));
		page.locator("#displayName").fill("Айгүл Асанова");
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("#passwordRepeat").fill(password);
		page.locator("#stakeholderKind").selectOption("TEACHER");
		page.locator("input[type=checkbox][name=consent]").check();
		page.locator("form button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("Почтаңызды текшериңиз");

		assertThat(MAIL.waitForIncomingEmail(60_000, 1)).as("the confirmation e-mail arrived").isTrue();
		MimeMessage message = MAIL.getReceivedMessages()[0];
		assertThat(((InternetAddress) message.getAllRecipients()[0]).getAddress()).isEqualTo(email);
		Matcher link = CONFIRMATION_LINK.matcher(TestMail.text(message));
		assertThat(link.find()).as("a confirmation link in the e-mail").isTrue();

		page.navigate(url(link.group(1)));
		assertThat(page.locator("h1")).containsText("ырасталды");

		signIn(page, email, password);
		Cookie session = context.cookies().stream().filter(cookie -> "SESSION".equals(cookie.name)).findFirst()
			.orElseThrow();
		assertThat(session.httpOnly).as("scripts cannot read the session cookie").isTrue();
		assertThat(session.sameSite).as("other sites' forms do not carry it").isEqualTo(SameSiteAttribute.LAX);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Айгүл Асанова"))).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "ky");

		page.getByText("Русский").first().click();
		assertThat(page.locator("html")).hasAttribute("lang", "ru");
		page.navigate(url("/account"));
		assertThat(page.locator("html")).hasAttribute("lang", "ru");
		page.getByText("Кыргызча").first().click();
		assertThat(page.locator("html")).hasAttribute("lang", "ky");
	}

	@Test
	void administratorGrantsAScopedRole() {
		jdbc.update("""
				insert into account (version, created_at, updated_at, email, display_name, password_hash, status,
				                     language, password_change_required)
				values (0, current_timestamp, current_timestamp, 'bakyt.expert@example.kg', 'Бакыт Эксперт',
				        '{noop}unused', 'ACTIVE', 'ky', false)""");
		signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
		page.navigate(url("/admin/accounts?q=bakyt"));
		page.getByText("Бакыт Эксперт").first().click();
		page.locator("#role").selectOption("EXPERT");
		page.locator("#scopeType").selectOption("ASSOCIATION");
		page.locator("#scopeId").fill("7");
		page.locator("form:has(#role) button[type=submit]").click();
		assertThat(page.locator("#grants")).containsText("7");
		assertThat(page.locator("#grants")).containsText("Эксперт");
	}

	private void signIn(Page page, String email, String password) {
		page.navigate(url("/login"));
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("form button[type=submit]").click();
		page.waitForURL(url("/") + "**");
	}

}
