package kg.omb.identity.web;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.domain.SignInFixtures;
import kg.omb.identity.domain.IdentityTest;
import kg.omb.support.AdjustableClock;

import static org.assertj.core.api.Assertions.assertThat;

@IdentityTest
class SignInThrottlingTests {

	static final String PASSWORD = "orange-river-table-42";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignInFixtures fixtures;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void repeatedFailuresAreSlowedDownThenLockedAndThePersonIsToldWhenToTryAgain() {
		fixtures.staff("slowed@omb.test", PASSWORD, Locale.ENGLISH, Role.EXPERT, Scope.PLATFORM);
		Visitor visitor = Visitor.fresh(mvc).speaking("en");

		assertThat(visitor.failToSignIn("slowed@omb.test", "wrong-password-000")).contains("Wrong e-mail or password.")
			.doesNotContain("Try again");
		visitor.failToSignIn("slowed@omb.test", "wrong-password-000");
		assertThat(visitor.failToSignIn("slowed@omb.test", "wrong-password-000")).contains("Wrong e-mail or password.")
			.contains("Try again in 1 s.");
		// the third failure imposes a wait: even the right password is not looked at before it has passed
		assertThat(visitor.signIn("slowed@omb.test", PASSWORD)).redirectedUrl().isEqualTo("/login?error");
		assertThat(visitor.signInPageAfterFailure()).contains("Try again in 1 s.")
			.doesNotContain("Wrong e-mail or password.");

		clock.advance(Duration.ofSeconds(1));
		assertThat(visitor.failToSignIn("slowed@omb.test", "wrong-password-000")).contains("Wrong e-mail or password.")
			.contains("Try again in 2 s.");

		clock.advance(Duration.ofSeconds(2));
		String lockedUntil = DateTimeFormatter.ofPattern("HH:mm")
			.format(clock.instant().plus(Duration.ofMinutes(15)).atZone(ZoneId.of("Asia/Bishkek")));
		assertThat(visitor.failToSignIn("slowed@omb.test", "wrong-password-000"))
			.contains("Too many failed attempts: signing in is locked for a while. Try again after " + lockedUntil
					+ " (Bishkek time).");

		clock.advance(Duration.ofMinutes(14));
		assertThat(visitor.signIn("slowed@omb.test", PASSWORD)).redirectedUrl().isEqualTo("/login?error");
		assertThat(visitor.signInPageAfterFailure()).contains("Try again after " + lockedUntil);

		clock.advance(Duration.ofMinutes(1));
		assertThat(visitor.signIn("slowed@omb.test", PASSWORD)).redirectedUrl().isEqualTo("/");
	}

	@Test
	void theLockIsTranslatedAndAudited() {
		long accountId = fixtures.staff("audited-lock@omb.test", PASSWORD, Locale.ENGLISH, Role.EXPERT,
				Scope.PLATFORM);
		Visitor visitor = Visitor.fresh(mvc).speaking("ru");
		String page = "";
		for (int failure = 1; failure <= 5; failure++) {
			page = visitor.failToSignIn("audited-lock@omb.test", "wrong-password-000");
			clock.advance(Duration.ofSeconds(10));
		}
		assertThat(page).contains("Неверная электронная почта или пароль.").contains("вход временно заблокирован");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'security.account.locked' and target_id = ?",
				Integer.class, String.valueOf(accountId)))
			.isEqualTo(1);
	}

	@Test
	void aSuccessfulSignInClearsTheCountOfTheAccount() {
		fixtures.staff("forgetful@omb.test", PASSWORD, Locale.ENGLISH, Role.EXPERT, Scope.PLATFORM);
		Visitor visitor = Visitor.fresh(mvc).speaking("en");
		for (int round = 1; round <= 3; round++) {
			visitor.failToSignIn("forgetful@omb.test", "wrong-password-000");
			visitor.failToSignIn("forgetful@omb.test", "wrong-password-000");
			clock.advance(Duration.ofSeconds(1));
			assertThat(visitor.signIn("forgetful@omb.test", PASSWORD)).redirectedUrl().isEqualTo("/");
			visitor.post("/logout", java.util.Map.of());
		}
		// six failures in all, never two in a row more than twice: no wait, no lock
		assertThat(visitor.failToSignIn("forgetful@omb.test", "wrong-password-000")).contains("Wrong e-mail or password.")
			.doesNotContain("Try again");
	}

	@Test
	void manyAddressesTriedFromOnePlaceLockThatPlace() {
		fixtures.staff("bystander@omb.test", PASSWORD, Locale.ENGLISH, Role.EXPERT, Scope.PLATFORM);
		Visitor attacker = Visitor.fresh(mvc).speaking("en");
		for (int failure = 1; failure <= 20; failure++) {
			assertThat(attacker.failToSignIn("guess" + failure + "@omb.test", "wrong-password-000"))
				.contains("Wrong e-mail or password.");
			// the wait the address has earned so far (1 s from the 10th failure, doubling, at most a minute)
			clock.advance(Duration.ofSeconds(failure < 10 ? 0 : Math.min(60, 1L << (failure - 10))));
		}
		assertThat(attacker.failToSignIn("bystander@omb.test", PASSWORD)).contains("signing in is locked for a while")
			.doesNotContain("Wrong e-mail or password.");

		Visitor elsewhere = Visitor.fresh(mvc);
		assertThat(elsewhere.signIn("bystander@omb.test", PASSWORD)).redirectedUrl().isEqualTo("/");
	}

}
