package kg.omb.audit.domain;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kg.omb.audit.AuditFixture;
import kg.omb.audit.AuditSpringTest;
import kg.omb.audit.SignedIn;
import kg.omb.audit.SignedIn.Person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@AuditSpringTest
class SecurityEventsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditFixture fixture;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	void startFromAnEmptyChain() {
		fixture.clear();
	}

	@Test
	void aFailedSignInIsRecordedWithTheNameTriedButNeverThePassword() {
		assertThat(mvc.post().uri("/login").param("email", "nobody@example.org")
			.param("password", "Not-The-Password-42")
			.with(csrf()))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login?error");

		assertThat(fixture.count()).isEqualTo(1);
		Map<String, Object> entry = fixture.lastEntry();
		assertThat(entry).containsEntry("action", SecurityEventRecorder.LOGIN_FAILED)
			.containsEntry("actor_name", "nobody@example.org")
			.containsEntry("actor_account_id", null)
			.containsEntry("client_address", "127.0.0.1")
			.containsEntry("target_type", "account")
			.containsEntry("target_id", null);
		assertThat((String) entry.get("details")).contains("\"email\":\"nobody@example.org\"")
			.contains("\"reason\":\"BadCredentialsException\"");
		assertThat(entry.values()).noneSatisfy(value -> assertThat(String.valueOf(value)).contains("Not-The-Password"));
		assertThat(verifier.verify().isIntact()).isTrue();
	}

	@Test
	void theNameTriedIsKeptWithoutControlCharactersAndNoLongerThanAnEmailAddress() {
		mvc.post().uri("/login").param("email", "evil\u0000\r\nname" + "x".repeat(400)).param("password", "p")
			.with(csrf())
			.exchange();
		String actor = (String) fixture.lastEntry().get("actor_name");
		assertThat(actor).startsWith("evilnamexxx").hasSize(ChainedAuditLog.MAX_ACTOR_NAME);
	}

	@Test
	void aSuccessfulSignInIsRecordedOnceWithTheAccount() {
		var authentication = SignedIn.token(new Person(7, "Айгүл", "aigul@omb.local"), "OMB_MEMBER");
		events.publishEvent(new AuthenticationSuccessEvent(authentication));
		events.publishEvent(new InteractiveAuthenticationSuccessEvent(authentication, getClass()));

		assertThat(fixture.count()).isEqualTo(1);
		assertThat(fixture.lastEntry()).containsEntry("action", SecurityEventRecorder.LOGIN_SUCCEEDED)
			.containsEntry("actor_name", "aigul@omb.local")
			.containsEntry("actor_account_id", 7L)
			.containsEntry("target_type", "account")
			.containsEntry("target_id", "7");
	}

}
