package kg.omb.identity.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kg.omb.identity.EmailVerificationRequested;
import kg.omb.identity.domain.AccountStatus;
import kg.omb.identity.domain.SignInFixtures;
import kg.omb.identity.domain.IdentityTest;
import kg.omb.identity.domain.StakeholderKind;
import kg.omb.support.AdjustableClock;

import static org.assertj.core.api.Assertions.assertThat;

@IdentityTest
class RegistrationTests {

	static final String PASSWORD = "spring-meadow-lantern-9";

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

	static Map<String, String> registration(String email) {
		Map<String, String> form = new HashMap<>();
		form.put("displayName", "Асель Маматова");
		form.put("email", email);
		form.put("password", PASSWORD);
		form.put("passwordRepeat", PASSWORD);
		form.put("stakeholderKind", "TEACHER");
		form.put("consent", "true");
		return form;
	}

	List<EmailVerificationRequested> linksSent() {
		return events.stream(EmailVerificationRequested.class).toList();
	}

	@Test
	void registrationMailsALinkThatConfirmsTheAccountOnce() {
		Visitor visitor = Visitor.fresh(mvc);
		assertThat(visitor.post("/register", registration("Asel@Example.KG"))).hasStatus3xxRedirection()
			.redirectedUrl().isEqualTo("/register/sent");
		assertThat(fixtures.account("asel@example.kg").getStatus()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
		assertThat(fixtures.account("asel@example.kg").getStakeholderKind()).isEqualTo(StakeholderKind.TEACHER);

		assertThat(linksSent()).singleElement().satisfies(sent -> {
			assertThat(sent.accountId()).isEqualTo(fixtures.account("asel@example.kg").id());
			assertThat(sent.link()).startsWith("http://localhost:8080/register/confirm?token=");
			assertThat(sent.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
		});
		String path = linksSent().get(0).link().substring("http://localhost:8080".length());

		assertThat(Visitor.text(visitor.get(path))).contains("Электрондук почта ырасталды");
		assertThat(fixtures.account("asel@example.kg").getStatus()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(Visitor.text(visitor.get(path))).contains("Бул шилтеме мурда колдонулган.")
			.contains("href=\"/register/resend\"");
		assertThat(jdbc.queryForList("select action from audit_entry where target_id = ? order by id", String.class,
				String.valueOf(fixtures.account("asel@example.kg").id())))
			.containsExactly("account.registered", "account.email-verified");

		assertThat(visitor.signIn("asel@example.kg", PASSWORD)).redirectedUrl().isEqualTo("/");
	}

	@Test
	void anExpiredLinkIsRefusedAndANewOneCanBeAskedFor() {
		Visitor visitor = Visitor.fresh(mvc);
		visitor.post("/register", registration("late@example.kg"));
		String path = linksSent().get(0).link().substring("http://localhost:8080".length());

		clock.advance(Duration.ofHours(48));
		assertThat(Visitor.text(visitor.get(path))).contains("Бул шилтеменин мөөнөтү өтүп кеткен.");
		assertThat(fixtures.account("late@example.kg").getStatus()).isEqualTo(AccountStatus.PENDING_VERIFICATION);

		assertThat(visitor.post("/register/resend", Map.of("email", "late@example.kg"))).redirectedUrl()
			.isEqualTo("/register/sent");
		assertThat(linksSent()).hasSize(2);
		String newPath = linksSent().get(1).link().substring("http://localhost:8080".length());
		assertThat(Visitor.text(visitor.get(newPath))).contains("Электрондук почта ырасталды");
	}

	@Test
	void aPendingAccountIsToldToConfirmOnlyWhenThePasswordIsRight() {
		Visitor visitor = Visitor.fresh(mvc).speaking("en");
		visitor.post("/register", registration("pending@example.kg"));

		assertThat(visitor.failToSignIn("pending@example.kg", "not-the-password-1")).contains("Wrong e-mail or password.")
			.doesNotContain("Confirm your e-mail address first");
		assertThat(visitor.failToSignIn("pending@example.kg", PASSWORD)).contains("Confirm your e-mail address first")
			.doesNotContain("Wrong e-mail or password.");
	}

	@Test
	void registeringAKnownAddressLooksTheSameAndChangesNothing() {
		long existing = fixtures.participant("known@example.kg", "another-secret-phrase", java.util.Locale.ENGLISH);
		Visitor visitor = Visitor.fresh(mvc);

		var known = visitor.post("/register", registration("KNOWN@example.kg"));
		var unknown = visitor.post("/register", registration("unknown@example.kg"));

		assertThat(known.getResponse().getStatus()).isEqualTo(unknown.getResponse().getStatus());
		assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl());
		assertThat(linksSent()).extracting(EmailVerificationRequested::accountId).doesNotContain(existing);
		assertThat(fixtures.passwordMatches("known@example.kg", "another-secret-phrase")).isTrue();
		assertThat(fixtures.account("known@example.kg").getDisplayName()).isEqualTo("Катышуучу");
	}

	@Test
	void registeringAgainBeforeConfirmingMailsAFreshLinkOnly() {
		Visitor visitor = Visitor.fresh(mvc);
		visitor.post("/register", registration("twice@example.kg"));
		visitor.post("/register", registration("twice@example.kg"));

		assertThat(linksSent()).hasSize(2);
		String first = linksSent().get(0).link().substring("http://localhost:8080".length());
		assertThat(Visitor.text(visitor.get(first))).contains("Шилтеме туура эмес.");
	}

	@Test
	void aCommonPasswordIsRefusedWithATranslatedReasonNextToTheField() {
		Map<String, String> form = registration("weak@example.kg");
		form.put("password", "Qwertyuiop123");
		form.put("passwordRepeat", "Qwertyuiop123");
		String page = Visitor.text(Visitor.fresh(mvc).speaking("ru").post("/register", form));

		assertThat(page).contains("Этот пароль слишком распространён")
			.contains("id=\"password-errors\"")
			.contains("aria-describedby=\"password-hint password-errors\"");
		assertThat(linksSent()).isEmpty();
	}

	@Test
	void consentAndAllFieldsAreRequired() {
		String page = Visitor.text(Visitor.fresh(mvc).speaking("en").post("/register", Map.of()));

		assertThat(page).contains("Enter your name.")
			.contains("Enter your e-mail address.")
			.contains("Enter a password.")
			.contains("Choose who you are.")
			.contains("To register, agree to the processing of your personal data.")
			.contains("is-invalid");
		assertThat(linksSent()).isEmpty();
	}

	@Test
	void theRegistrationFormOffersEveryKindOfParticipantInKyrgyz() {
		assertThat(Visitor.text(Visitor.fresh(mvc).get("/register"))).contains("<html lang=\"ky\"")
			.contains("Жаран")
			.contains("Иш берүүчү")
			.contains("Окутуучу")
			.contains("Студент")
			.contains("autocomplete=\"new-password\"");
	}

}
