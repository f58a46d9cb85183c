package kg.omb.portal;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class HomePageTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void homePageIsPublicAndInKyrgyzByDefault() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"ky\"")
			.contains("Окуу-методикалык бирикмелер");
	}

	@Test
	void acceptLanguageChoosesRussian() {
		assertThat(mvc.get().uri("/").header("Accept-Language", "ru-RU,ru;q=0.9")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"ru\"")
			.contains("Учебно-методические объединения");
	}

	@Test
	void switcherSetsTheLanguageAndRemembersItInACookie() {
		var result = mvc.get().uri("/?lang=en").exchange();
		assertThat(result).hasStatusOk().bodyText().contains("<html lang=\"en\"");
		assertThat(result).cookies().containsCookie("omb-lang").hasValue("omb-lang", "en");
	}

	@Test
	void unknownLanguageFallsBackToKyrgyz() {
		assertThat(mvc.get().uri("/").header("Accept-Language", "de-DE")).bodyText().contains("<html lang=\"ky\"");
	}

	@Test
	void securityHeadersForbidInlineScriptAndFraming() {
		assertThat(mvc.get().uri("/")).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
			.containsHeader("Content-Security-Policy");
		assertThat(mvc.get().uri("/").exchange().getResponse().getHeader("Content-Security-Policy"))
			.contains("script-src 'self'")
			.doesNotContain("unsafe-inline")
			.contains("frame-ancestors 'none'");
	}

	@Test
	@WithMockUser
	void unknownPageAnswers404() {
		assertThat(mvc.get().uri("/no-such-page").accept(MediaType.TEXT_HTML)).hasStatus(404);
	}

	@ParameterizedTest
	@CsvSource({ "403, ru, Доступ запрещён", "404, ky, Барак табылган жок", "500, en, Internal error" })
	void errorPagesAreTranslated(int status, String language, String title) {
		assertThat(mvc.get().uri("/error").header("Accept-Language", language).accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere"))
			.hasStatus(status)
			.bodyText()
			.contains("<html lang=\"" + language + "\"")
			.contains(title);
	}

	@Test
	void anonymousVisitorOfAPrivatePageIsSentToSignIn() {
		assertThat(mvc.get().uri("/account").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login");
	}

	@Test
	void requestWithoutAcceptHeaderIsAlsoSentToSignIn() {
		assertThat(mvc.get().uri("/account")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@Test
	void htmxRequestWithoutSessionIsToldToLoadTheLoginPage() {
		assertThat(mvc.get().uri("/account").header("HX-Request", "true")).hasStatus(401)
			.headers().hasValue("HX-Redirect", "/login");
	}

	@Test
	void scriptsAndStylesComeFromTheApplicationItself() {
		assertThat(mvc.get().uri("/")).bodyText()
			.doesNotContainPattern("<(script|img)[^>]+src=\"(https?:)?//")
			.doesNotContainPattern("<link rel=\"(stylesheet|icon)\"[^>]+href=\"(https?:)?//");
		assertThat(mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js")).hasStatusOk();
		assertThat(mvc.get().uri("/webjars/bootstrap/css/bootstrap.min.css")).hasStatusOk();
	}

}
