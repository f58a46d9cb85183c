package kg.omb.identity.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kg.omb.identity.PasswordResetRequested;
import kg.omb.identity.domain.AccountStatus;
import kg.omb.identity.domain.SignInFixtures;
import kg.omb.identity.domain.IdentityTest;
import kg.omb.support.AdjustableClock;

import static org.assertj.core.api.Assertions.assertThat;

@IdentityTest
class PasswordResetTests {

	static final String NEW_PASSWORD = "quiet-harbour-compass-5";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	SignInFixtures fixtures;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	List<PasswordResetRequested> linksSent() {
		return events.stream(PasswordResetRequested.class).toList();
	}

	static String path(PasswordResetRequested sent) {
		return sent.link().substring("http://localhost:8080".length());
	}

	static String token(PasswordResetRequested sent) {
		return sent.link().substring(sent.link().indexOf("token=") + "token=".length());
	}

	@Test
	void theAnswerNeverRevealsWhetherTheAddressIsRegistered() {
		fixtures.participant("registered@example.kg", "old-secret-phrase-1", Locale.ENGLISH);
		Visitor visitor = Visitor.fresh(mvc);

		MvcTestResult registered = visitor.post("/password/forgot", Map.of("email", "registered@example.kg"));
		MvcTestResult unknown = visitor.post("/password/forgot", Map.of("email", "nobody@example.kg"));

		assertThat(registered.getResponse().getStatus()).isEqualTo(unknown.getResponse().getStatus()).isEqualTo(302);
		assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl())
			.isEqualTo("/password/forgot/sent");
		assertThat(Visitor.text(registered)).isEqualTo(Visitor.text(unknown));
		assertThat(withoutCsrfToken(Visitor.text(visitor.get("/password/forgot/sent"))))
			.isEqualTo(withoutCsrfToken(Visitor.text(visitor.get("/password/forgot/sent"))))
			.contains("Эгер бул дарек катталган болсо");
		assertThat(linksSent()).singleElement()
			.satisfies(sent -> assertThat(sent.accountId())
				.isEqualTo(fixtures.account("registered@example.kg").id()));
	}

	@Test
	void theLinkSetsANewPasswordOnceAndTheOwnerSignsInWithIt() {
		long id = fixtures.participant("resetting@example.kg", "old-secret-phrase-1", Locale.ENGLISH);
		Visitor visitor = Visitor.fresh(mvc);
		visitor.post("/password/forgot", Map.of("email", "Resetting@Example.kg"));
		PasswordResetRequested sent = linksSent().get(0);
		assertThat(sent.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));

		assertThat(Visitor.text(visitor.get(path(sent)))).contains("name=\"token\"")
			.contains("autocomplete=\"new-password\"");
		assertThat(visitor.post("/password/reset",
				Map.of("token", token(sent), "password", NEW_PASSWORD, "passwordRepeat", NEW_PASSWORD)))
			.redirectedUrl().isEqualTo("/login");

		assertThat(fixtures.passwordMatches("resetting@example.kg", NEW_PASSWORD)).isTrue();
		assertThat(jdbc.queryForList("select action from audit_entry where target_id = ?", String.class,
				String.valueOf(id)))
			.contains("account.password-reset");
		assertThat(Visitor.text(visitor.get(path(sent)))).contains("Бул шилтеме мурда колдонулган.");
		assertThat(Visitor.text(visitor.post("/password/reset",
				Map.of("token", token(sent), "password", "another-fresh-phrase-2", "passwordRepeat",
						"another-fresh-phrase-2"))))
			.contains("Бул шилтеме мурда колдонулган.");
		assertThat(fixtures.passwordMatches("resetting@example.kg", NEW_PASSWORD)).isTrue();
		assertThat(Visitor.fresh(mvc).signIn("resetting@example.kg", NEW_PASSWORD)).redirectedUrl().isEqualTo("/");
	}

	@Test
	void aResetSignsTheAccountOutOfEverySession() {
		fixtures.participant("stolen@example.kg", "old-secret-phrase-1", Locale.ENGLISH);
		Visitor intruder = Visitor.fresh(mvc);
		intruder.signIn("stolen@example.kg", "old-secret-phrase-1");
		assertThat(intruder.get("/account")).hasStatusOk();

		Visitor owner = Visitor.fresh(mvc);
		owner.post("/password/forgot", Map.of("email", "stolen@example.kg"));
		owner.post("/password/reset", Map.of("token", token(linksSent().get(0)), "password", NEW_PASSWORD,
				"passwordRepeat", NEW_PASSWORD));

		assertThat(intruder.get("/account")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@Test
	void theLinkExpiresAfterAnHour() {
		fixtures.participant("slow-reader@example.kg", "old-secret-phrase-1", Locale.ENGLISH);
		Visitor visitor = Visitor.fresh(mvc);
		visitor.post("/password/forgot", Map.of("email", "slow-reader@example.kg"));
		clock.advance(Duration.ofMinutes(60));

		assertThat(Visitor.text(visitor.get(path(linksSent().get(0))))).contains("Бул шилтеменин мөөнөтү өтүп кеткен.")
			.contains("href=\"/password/forgot\"");
	}

	@Test
	void aNewLinkMakesTheEarlierOneUseless() {
		fixtures.participant("twice-forgot@example.kg", "old-secret-phrase-1", Locale.ENGLISH);
		Visitor visitor = Visitor.fresh(mvc);
		visitor.post("/password/forgot", Map.of("email", "twice-forgot@example.kg"));
		visitor.post("/password/forgot", Map.of("email", "twice-forgot@example.kg"));

		assertThat(Visitor.text(visitor.get(path(linksSent().get(0))))).contains("Шилтеме туура эмес.");
		assertThat(Visitor.text(visitor.get(path(linksSent().get(1))))).contains("name=\"token\"");
	}

	@Test
	void aRefusedPasswordLeavesTheLinkWorking() {
		fixtures.participant("picky@example.kg", "old-secret-phrase-1", Locale.ENGLISH);
		Visitor visitor = Visitor.fresh(mvc).speaking("en");
		visitor.post("/password/forgot", Map.of("email", "picky@example.kg"));
		String token = token(linksSent().get(0));

		assertThat(Visitor.text(visitor.post("/password/reset",
				Map.of("token", token, "password", "picky-picky-1", "passwordRepeat", "picky-picky-1"))))
			.contains("The password must not contain the name in your e-mail address.");
		assertThat(Visitor.text(visitor.post("/password/reset",
				Map.of("token", token, "password", NEW_PASSWORD, "passwordRepeat", "something-else-entirely"))))
			.contains("The passwords do not match.");
		assertThat(visitor.post("/password/reset",
				Map.of("token", token, "password", NEW_PASSWORD, "passwordRepeat", NEW_PASSWORD)))
			.redirectedUrl().isEqualTo("/login");
	}

	@Test
	void aResetByMailConfirmsARegistrationThatWaitedForIt() {
		fixtures.pendingParticipant("never-confirmed@example.kg", "old-secret-phrase-1");
		Visitor visitor = Visitor.fresh(mvc);
		visitor.post("/password/forgot", Map.of("email", "never-confirmed@example.kg"));
		visitor.post("/password/reset", Map.of("token", token(linksSent().get(0)), "password", NEW_PASSWORD,
				"passwordRepeat", NEW_PASSWORD));

		assertThat(fixtures.account("never-confirmed@example.kg").getStatus()).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void aDeactivatedAccountGetsNoLink() {
		long id = fixtures.participant("gone@example.kg", "old-secret-phrase-1", Locale.ENGLISH);
		fixtures.deactivate(id);
		assertThat(Visitor.fresh(mvc).post("/password/forgot", Map.of("email", "gone@example.kg"))).redirectedUrl()
			.isEqualTo("/password/forgot/sent");
		assertThat(linksSent()).isEmpty();
	}

	static String withoutCsrfToken(String page) {
		return page.replaceAll("(name=\"_csrf\" value=|name=\"_csrf\" content=)\"[^\"]*\"", "$1\"\"");
	}

}
