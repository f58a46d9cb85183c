package kg.omb.identity.web;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.domain.SignInFixtures;
import kg.omb.identity.domain.IdentityTest;

import static org.assertj.core.api.Assertions.assertThat;

@IdentityTest
class AccountPageTests {

	static final String PASSWORD = "walnut-valley-sunrise-8";

	static final String NEW_PASSWORD = "silver-poplar-evening-4";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignInFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAccountPageShowsWhoYouAreAndWhereToChangeThePasswordOrAddASecondFactor() {
		fixtures.participant("reader@omb.test", PASSWORD, Locale.forLanguageTag("ky"));
		Visitor visitor = Visitor.fresh(mvc);
		visitor.signIn("reader@omb.test", PASSWORD);

		assertThat(Visitor.text(visitor.get("/account"))).contains("Катышуучу")
			.contains("reader@omb.test")
			.contains("Жаран")
			.contains("href=\"/account/password\"")
			.contains("href=\"/account/two-factor\"")
			.containsPattern("<option value=\"ky\" lang=\"ky\"\\s+selected=\"selected\">");
	}

	@Test
	void choosingALanguageSavesItAndAppliesAtOnce() {
		fixtures.participant("polyglot@omb.test", PASSWORD, Locale.forLanguageTag("ky"));
		Visitor visitor = Visitor.fresh(mvc);
		visitor.signIn("polyglot@omb.test", PASSWORD);

		assertThat(visitor.post("/account/language", Map.of("language", "ru"))).redirectedUrl().isEqualTo("/account");
		assertThat(Visitor.text(visitor.get("/account"))).contains("<html lang=\"ru\"").contains("Язык сохранён.");
		assertThat(fixtures.account("polyglot@omb.test").getLanguage()).isEqualTo(Locale.forLanguageTag("ru"));
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneAndFollowsThePolicy() {
		long id = fixtures.staff("changer@omb.test", PASSWORD, Locale.ENGLISH, Role.EXPERT, Scope.PLATFORM);
		Visitor visitor = Visitor.fresh(mvc).speaking("en");
		visitor.signIn("changer@omb.test", PASSWORD);

		assertThat(Visitor.text(visitor.post("/account/password", Map.of("currentPassword", "wrong-" + PASSWORD,
				"newPassword", NEW_PASSWORD, "newPasswordRepeat", NEW_PASSWORD))))
			.contains("The current password is wrong.");
		assertThat(Visitor.text(visitor.post("/account/password", Map.of("currentPassword", PASSWORD,
				"newPassword", "password1234", "newPasswordRepeat", "password1234"))))
			.contains("This password is too common");
		assertThat(fixtures.passwordMatches("changer@omb.test", PASSWORD)).isTrue();

		assertThat(visitor.post("/account/password", Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD,
				"newPasswordRepeat", NEW_PASSWORD)))
			.redirectedUrl().isEqualTo("/account");
		assertThat(Visitor.text(visitor.get("/account"))).contains("Your password has been changed.");
		assertThat(fixtures.passwordMatches("changer@omb.test", NEW_PASSWORD)).isTrue();
		assertThat(jdbc.queryForList("select action from audit_entry where target_id = ?", String.class,
				String.valueOf(id)))
			.contains("account.password-changed");
	}

	@Test
	void changingThePasswordSignsTheAccountOutEverywhereElse() {
		fixtures.participant("two-browsers@omb.test", PASSWORD, Locale.ENGLISH);
		Visitor laptop = Visitor.fresh(mvc);
		Visitor phone = Visitor.fresh(mvc);
		laptop.signIn("two-browsers@omb.test", PASSWORD);
		phone.signIn("two-browsers@omb.test", PASSWORD);
		assertThat(phone.get("/account")).hasStatusOk();

		laptop.post("/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD, "newPasswordRepeat", NEW_PASSWORD));

		assertThat(laptop.get("/account")).hasStatusOk();
		assertThat(phone.get("/account")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@Test
	void everyReasonToRefuseTheNewPasswordIsShownAtOnce() {
		fixtures.participant("hasty@omb.test", PASSWORD, Locale.ENGLISH);
		Visitor visitor = Visitor.fresh(mvc).speaking("en");
		visitor.signIn("hasty@omb.test", PASSWORD);
		visitor.post("/account/language", Map.of("language", "en"));

		assertThat(Visitor.text(visitor.post("/account/password",
				Map.of("currentPassword", "", "newPassword", "hasty", "newPasswordRepeat", "hastx"))))
			.contains("Enter your current password.")
			.contains("The password must have at least 12 characters.")
			.contains("The password must not contain the name in your e-mail address.")
			.contains("The passwords do not match.");
	}

	@Test
	void anAccountThatMustChangeItsPasswordCanDoNothingElseUntilItHas() {
		fixtures.requiringPasswordChange("first-admin@omb.test", PASSWORD);
		Visitor visitor = Visitor.fresh(mvc).speaking("en");
		assertThat(visitor.signIn("first-admin@omb.test", PASSWORD)).redirectedUrl().isEqualTo("/");

		for (String page : new String[] { "/", "/account", "/admin", "/no-such-page" }) {
			assertThat(visitor.get(page)).as(page).hasStatus3xxRedirection().redirectedUrl()
				.isEqualTo("/account/password");
		}
		assertThat(visitor.get("/css/omb.css")).hasStatusOk();
		assertThat(Visitor.text(visitor.get("/account/password")))
			.contains("Улантуу үчүн бир жолку сырсөздү өзүңүз тандаган сырсөзгө алмаштырыңыз.");

		visitor.post("/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD, "newPasswordRepeat", NEW_PASSWORD));
		assertThat(visitor.get("/")).hasStatusOk();
		assertThat(fixtures.account("first-admin@omb.test").isPasswordChangeRequired()).isFalse();
	}

	@Test
	void anHtmxRequestIsToldToLoadThePasswordPage() {
		fixtures.requiringPasswordChange("htmx-admin@omb.test", PASSWORD);
		Visitor visitor = Visitor.fresh(mvc);
		visitor.signIn("htmx-admin@omb.test", PASSWORD);
		assertThat(visitor.htmx("/account")).hasStatus(204).headers().hasValue("HX-Redirect", "/account/password");
	}

}
