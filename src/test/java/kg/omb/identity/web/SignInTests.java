package kg.omb.identity.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.identity.domain.SignInFixtures;
import kg.omb.identity.domain.IdentityTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

@IdentityTest
class SignInTests {

	static final String PASSWORD = "mountain-apricot-river-3";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignInFixtures fixtures;

	@Test
	void theRightPasswordSignsInWithTheRolesAndScopesOfTheAccount() {
		fixtures.staff("chair@omb.test", PASSWORD, Locale.forLanguageTag("ky"), Role.OMB_CHAIR,
				Scope.of(ScopeType.ASSOCIATION, 7));
		assertThat(mvc.perform(formLogin("/login").userParameter("email").user("Chair@OMB.test").password(PASSWORD)))
			.matches(authenticated().withUsername("chair@omb.test")
				.withAuthentication(authentication -> assertThat(authentication.getAuthorities())
					.extracting(GrantedAuthority::getAuthority)
					.contains("ROLE_OMB_CHAIR", "OMB_CHAIR@ASSOCIATION:7")
					.doesNotContain("ROLE_PARTICIPANT", "ROLE_ADMIN")))
			.hasStatus3xxRedirection();
	}

	@Test
	void signingInIssuesANewSessionId() {
		fixtures.staff("member@omb.test", PASSWORD, Locale.ENGLISH, Role.OMB_MEMBER, Scope.of(ScopeType.ASSOCIATION, 7));
		Cookie before = mvc.get().uri("/login").exchange().getResponse().getCookie("SESSION");
		assertThat(before).as("the sign-in page opens a session for its CSRF token").isNotNull();

		var signedIn = mvc.post().uri("/login").param("email", "member@omb.test").param("password", PASSWORD)
			.cookie(before).with(csrf()).exchange().getResponse();
		Cookie after = signedIn.getCookie("SESSION");
		assertThat(after).as("a session cookie issued at sign-in").isNotNull();
		assertThat(after.getValue()).as("the session id changes at sign-in (no session fixation)")
			.isNotEqualTo(before.getValue());
	}

	@Test
	void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
		fixtures.staff("secretary@omb.test", PASSWORD, Locale.ENGLISH, Role.OMB_SECRETARY,
				Scope.of(ScopeType.ASSOCIATION, 7));
		assertThat(mvc.perform(formLogin("/login").userParameter("email").user("secretary@omb.test")
			.password("not-" + PASSWORD))).matches(unauthenticated()).redirectedUrl().isEqualTo("/login?error");

		Visitor visitor = Visitor.fresh(mvc).speaking("en");
		String wrongPassword = visitor.failToSignIn("secretary@omb.test", "not-" + PASSWORD);
		String unknownAccount = visitor.failToSignIn("no-such-person@omb.test", PASSWORD);
		assertThat(wrongPassword).contains("Wrong e-mail or password.").contains("value=\"secretary@omb.test\"");
		assertThat(unknownAccount).contains("Wrong e-mail or password.");
	}

	@Test
	void aParticipantWithoutGrantsSignsInAsParticipantAndSeesTheirName() {
		fixtures.participant("citizen@omb.test", PASSWORD, Locale.forLanguageTag("ky"));
		assertThat(mvc.perform(formLogin("/login").userParameter("email").user("citizen@omb.test").password(PASSWORD)))
			.matches(authenticated().withRoles("PARTICIPANT"));

		Visitor visitor = Visitor.fresh(mvc);
		visitor.signIn("citizen@omb.test", PASSWORD);
		assertThat(Visitor.text(visitor.get("/"))).contains("Катышуучу").contains("action=\"/logout\"");
	}

	@Test
	void aDeactivatedAccountIsToldSoOnlyAfterTheRightPassword() {
		long id = fixtures.participant("former@omb.test", PASSWORD, Locale.ENGLISH);
		fixtures.deactivate(id);
		Visitor visitor = Visitor.fresh(mvc).speaking("en");
		assertThat(visitor.failToSignIn("former@omb.test", "guess-" + PASSWORD)).contains("Wrong e-mail or password.")
			.doesNotContain("deactivated");
		assertThat(visitor.failToSignIn("former@omb.test", PASSWORD)).contains("This account has been deactivated.");
	}

	@Test
	void thePagesSpeakTheAccountsLanguageAfterSignIn() {
		fixtures.staff("russian-speaker@omb.test", PASSWORD, Locale.forLanguageTag("ru"), Role.EXPERT,
				Scope.PLATFORM);
		Visitor visitor = Visitor.fresh(mvc).speaking("en");
		assertThat(Visitor.text(visitor.get("/"))).contains("<html lang=\"en\"");

		visitor.signIn("russian-speaker@omb.test", PASSWORD);
		assertThat(Visitor.text(visitor.get("/"))).contains("<html lang=\"ru\"");
	}

	@Test
	void theLanguageChosenWithTheSwitcherIsKeptOnTheAccount() {
		fixtures.staff("switcher@omb.test", PASSWORD, Locale.forLanguageTag("ky"), Role.EXPERT, Scope.PLATFORM);
		Visitor visitor = Visitor.fresh(mvc);
		visitor.signIn("switcher@omb.test", PASSWORD);
		assertThat(Visitor.text(visitor.get("/?lang=en"))).contains("<html lang=\"en\"");

		assertThat(fixtures.account("switcher@omb.test").getLanguage()).isEqualTo(Locale.ENGLISH);
		Visitor otherBrowser = Visitor.fresh(mvc).speaking("ru");
		otherBrowser.signIn("switcher@omb.test", PASSWORD);
		assertThat(Visitor.text(otherBrowser.get("/"))).contains("<html lang=\"en\"");
	}

	@Test
	void signingOutEndsTheSession() {
		fixtures.participant("leaving@omb.test", PASSWORD, Locale.ENGLISH);
		Visitor visitor = Visitor.fresh(mvc);
		visitor.signIn("leaving@omb.test", PASSWORD);
		assertThat(visitor.get("/account")).hasStatusOk();

		assertThat(visitor.post("/logout", Map.of())).redirectedUrl().isEqualTo("/");
		assertThat(visitor.get("/account")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@Test
	void anonymousVisitorsReachTheSignInRegistrationAndResetPages() {
		for (String page : new String[] { "/login", "/register", "/password/forgot", "/register/resend" }) {
			assertThat(mvc.get().uri(page)).as(page).hasStatusOk();
		}
		assertThat(mvc.get().uri("/account").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/account/password").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login");
	}

}
