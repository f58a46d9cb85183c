package kg.omb.identity.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kg.omb.identity.IdentityIntegrationTest;
import kg.omb.identity.MutableClock;
import kg.omb.identity.Role;
import kg.omb.identity.ScopeType;
import kg.omb.identity.domain.Base32;
import kg.omb.identity.domain.IdentityFixtures;
import kg.omb.identity.domain.IdentityFixtures.Person;
import kg.omb.identity.domain.Totp;

import static kg.omb.identity.TestPrincipal.in;
import static kg.omb.identity.TestPrincipal.onPlatform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Two-factor sign-in as a staff member lives it. Each {@link Browser} is one sign-in: the password step is done
 * (the principal is in place), and the session it builds up is its own.
 */
@IdentityIntegrationTest
class TwoFactorJourneyTests {

	static final Pattern SECRET = Pattern.compile("class=\"fs-5 secret\">([A-Z2-7 ]+)<");

	static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-7]{5}-[a-z2-7]{5})</code>");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setTheClock() {
		clock.set(MutableClock.BASE);
	}

	@Test
	void enrolConfirmThenEverySignInNeedsACodeAndARecoveryCodeWorksOnce() {
		Person chair = fixtures.person("Chair", in(Role.OMB_CHAIR, ScopeType.ASSOCIATION, 7));
		Browser enrolling = new Browser(chair.authentication());
		assertThat(enrolling.get("/account/two-factor")).bodyText().contains("Эки факторлуу кирүүнү күйгүзүү");
		assertThat(enrolling.post("/account/two-factor/enrol", Map.of()).getResponse().getRedirectedUrl())
			.isEqualTo("/account/two-factor");
		String page = contentOf(enrolling.get("/account/two-factor"));
		assertThat(page).contains("src=\"data:image/png;base64,", "Сканерлей албасаңыз");
		byte[] key = Base32.decode(find(SECRET, page).get(0));

		MvcTestResult confirmed = enrolling.post("/account/two-factor/confirm", Map.of("code", codeNow(key, 0)));
		assertThat(confirmed).hasStatusOk().bodyText().contains("Эки факторлуу кирүү күйгүзүлдү.");
		List<String> recoveryCodes = find(RECOVERY_CODE, contentOf(confirmed));
		assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
		assertThat(enrolling.get("/account/two-factor")).hasStatusOk()
			.bodyText()
			.contains("Колдонула элек калыбына келтирүү коддору: 10.");

		clock.advance(Duration.ofSeconds(30));
		Browser next = new Browser(chair.authentication());
		assertThat(next.get("/admin/nothing-here-for-a-chair?x=1").getResponse().getStatus()).isEqualTo(403);
		assertThat(next.get("/account/two-factor").getResponse().getRedirectedUrl()).isEqualTo("/login/two-factor");
		assertThat(next.get("/login/two-factor")).hasStatusOk().bodyText().contains("Кирүүнү тастыктоо");
		assertThat(next.post("/login/two-factor", Map.of("code", wrongCode(key)))).hasStatus(422)
			.bodyText()
			.contains("Код туура эмес.", "Калган аракеттер: 4.");
		String code = codeNow(key, 0);
		MvcTestResult passed = next.post("/login/two-factor", Map.of("code", code));
		assertThat(passed.getResponse().getRedirectedUrl()).isEqualTo("/account/two-factor");
		assertThat(next.get("/account/two-factor")).hasStatusOk();

		Browser replay = new Browser(chair.authentication());
		replay.get("/account/two-factor");
		assertThat(replay.post("/login/two-factor", Map.of("code", code))).as("a code works once").hasStatus(422);
		assertThat(replay.post("/login/two-factor", Map.of("code", recoveryCodes.get(3).toUpperCase())))
			.hasStatus3xxRedirection();
		assertThat(replay.get("/account/two-factor")).hasStatusOk()
			.bodyText()
			.contains("калыбына келтирүү коду менен кирдиңиз", "Колдонула элек калыбына келтирүү коддору: 9.");

		Browser again = new Browser(chair.authentication());
		again.get("/account/two-factor");
		assertThat(again.post("/login/two-factor", Map.of("code", recoveryCodes.get(3)))).hasStatus(422);

		assertThat(auditActions(chair.id())).contains("two-factor.enabled", "two-factor.recovery-code-used",
				"two-factor.code-rejected");
	}

	@Test
	void fiveWrongCodesSignThePersonOut() {
		Person secretary = fixtures.person("Secretary", in(Role.OMB_SECRETARY, ScopeType.ASSOCIATION, 3));
		byte[] key = enrol(secretary).key();
		clock.advance(Duration.ofSeconds(30));

		Browser browser = new Browser(secretary.authentication());
		browser.get("/");
		for (int attempt = 1; attempt < 5; attempt++) {
			assertThat(browser.post("/login/two-factor", Map.of("code", wrongCode(key)))).hasStatus(422);
		}
		assertThat(browser.post("/login/two-factor", Map.of("code", wrongCode(key)))).hasStatusOk()
			.bodyText()
			.contains("Туура эмес код өтө көп жолу киргизилди.")
			.doesNotContain("name=\"code\"");
	}

	@Test
	void anHtmxRequestBeforeTheSecondStepIsToldToLoadItsPage() {
		Person head = fixtures.person("Head", in(Role.SECTION_HEAD, ScopeType.SECTION, 12));
		enrol(head);
		Browser browser = new Browser(head.authentication());
		MvcTestResult result = browser.exchange(mvc.get().uri("/account/two-factor").header("HX-Request", "true"));
		assertThat(result).hasStatus(401).headers().hasValue("HX-Redirect", "/login/two-factor");
	}

	@Test
	void theSecondStepLetsStaticResourcesAndSignOutThrough() {
		Person expert = fixtures.person("Expert", onPlatform(Role.EXPERT));
		enrol(expert);
		Browser browser = new Browser(expert.authentication());
		assertThat(browser.get("/css/omb.css")).hasStatusOk();
		assertThat(browser.post("/logout", Map.of()).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void switchingOffNeedsACurrentCodeAndThenSignInNeedsNoSecondStep() {
		Person member = fixtures.person("Member", in(Role.OMB_MEMBER, ScopeType.ASSOCIATION, 2));
		Enrolled enrolled = enrol(member);
		clock.advance(Duration.ofSeconds(30));

		assertThat(enrolled.browser().post("/account/two-factor/disable", Map.of("code", wrongCode(enrolled.key()))))
			.hasStatus(422)
			.bodyText()
			.contains("Код туура эмес.");
		assertThat(enrolled.browser().post("/account/two-factor/disable", Map.of("code", codeNow(enrolled.key(), 0)))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/account/two-factor");

		Browser later = new Browser(member.authentication());
		assertThat(later.get("/account/two-factor")).hasStatusOk().bodyText().contains("Эки факторлуу кирүүнү күйгүзүү");
		assertThat(auditActions(member.id())).contains("two-factor.enabled", "two-factor.disabled");
	}

	@Test
	void newRecoveryCodesReplaceTheOldOnes() {
		Person chair = fixtures.person("Chair", in(Role.OMB_CHAIR, ScopeType.ASSOCIATION, 11));
		Enrolled enrolled = enrol(chair);
		MvcTestResult regenerated = enrolled.browser().post("/account/two-factor/recovery-codes", Map.of());
		List<String> fresh = find(RECOVERY_CODE, contentOf(regenerated));
		assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());

		Browser next = new Browser(chair.authentication());
		next.get("/");
		assertThat(next.post("/login/two-factor", Map.of("code", enrolled.recoveryCodes().get(0)))).hasStatus(422);
		assertThat(next.post("/login/two-factor", Map.of("code", fresh.get(0)))).hasStatus3xxRedirection();
	}

	@Test
	void participantsCannotEnrol() {
		Person participant = fixtures.person("Participant", onPlatform(Role.PARTICIPANT));
		Browser browser = new Browser(participant.authentication());
		assertThat(browser.get("/account/two-factor")).hasStatusOk()
			.bodyText()
			.contains("кызматкерлердин ролдору үчүн гана")
			.doesNotContain("/account/two-factor/enrol");
		assertThat(browser.post("/account/two-factor/enrol", Map.of())).hasStatus(422);
		assertThat(browser.get("/")).hasStatusOk();
	}

	Enrolled enrol(Person person) {
		Browser browser = new Browser(person.authentication());
		browser.post("/account/two-factor/enrol", Map.of());
		byte[] key = Base32.decode(find(SECRET, contentOf(browser.get("/account/two-factor"))).get(0));
		MvcTestResult confirmed = browser.post("/account/two-factor/confirm", Map.of("code", codeNow(key, 0)));
		assertThat(confirmed).hasStatusOk();
		return new Enrolled(browser, key, find(RECOVERY_CODE, contentOf(confirmed)));
	}

	String codeNow(byte[] key, int stepOffset) {
		return Totp.code(key, Totp.stepAt(clock.instant()) + stepOffset);
	}

	/** Six digits that match no code the server would accept now. */
	String wrongCode(byte[] key) {
		Instant now = clock.instant();
		Set<String> valid = Set.of(codeNow(key, -1), codeNow(key, 0), codeNow(key, 1));
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			if (!valid.contains(code) && Totp.verify(key, code, now, Long.MIN_VALUE).isEmpty()) {
				return code;
			}
		}
	}

	List<String> auditActions(long accountId) {
		return jdbc.queryForList("select action from audit_entry where target_type = 'account' and target_id = ?",
				String.class, String.valueOf(accountId));
	}

	static List<String> find(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	static String contentOf(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException exception) {
			throw new IllegalStateException(exception);
		}
	}

	record Enrolled(Browser browser, byte[] key, List<String> recoveryCodes) {
	}

	/** One signed-in browser: keeps its session from request to request, whichever session store is in use. */
	final class Browser {

		private final Authentication authentication;

		private MockHttpSession session;

		private Cookie sessionCookie;

		Browser(Authentication authentication) {
			this.authentication = authentication;
		}

		MvcTestResult get(String uri) {
			return exchange(mvc.get().uri(uri));
		}

		MvcTestResult post(String uri, Map<String, String> parameters) {
			MockMvcRequestBuilder request = mvc.post().uri(uri).with(csrf());
			parameters.forEach(request::param);
			return exchange(request);
		}

		MvcTestResult exchange(MockMvcRequestBuilder request) {
			request.with(authentication(authentication));
			if (session != null) {
				request.session(session);
			}
			if (sessionCookie != null) {
				request.cookie(sessionCookie);
			}
			MvcTestResult result = request.exchange();
			Cookie cookie = result.getResponse().getCookie("SESSION");
			if (cookie != null) {
				sessionCookie = cookie.getMaxAge() == 0 ? null : cookie;
			}
			if (result.getRequest().getSession(false) instanceof MockHttpSession mock) {
				session = mock;
			}
			return result;
		}

	}

}
