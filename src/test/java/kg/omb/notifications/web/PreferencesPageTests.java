package kg.omb.notifications.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kg.omb.notifications.TestAccounts;
import kg.omb.notifications.TestNotices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import kg.omb.support.WithAccount;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestNotices.class)
class PreferencesPageTests {

	static final long ME = 5101;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void personWithoutAPreference() {
		TestAccounts.ensure(jdbc, ME, "Test Person", "en");
		jdbc.update("delete from notification_preference where account_id = ?", ME);
	}

	@Test
	@WithAccount(ME)
	void byDefaultNotificationsAreMailedAtOnce() {
		assertThat(mvc.get().uri("/notifications/preferences?lang=en")).hasStatusOk()
			.bodyText()
			.contains("Notifications by e-mail")
			.containsPattern("id=\"delivery-IMMEDIATE\"[^>]*checked")
			.doesNotContainPattern("id=\"delivery-DAILY_DIGEST\"[^>]*checked");
	}

	@Test
	@WithAccount(ME)
	void choosingTheDailyDigestIsSavedAndAudited() {
		assertThat(mvc.post().uri("/notifications/preferences").param("delivery", "DAILY_DIGEST").with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/notifications/preferences")
			.flash()
			.containsEntry("flash", "notifications.preferences.saved");

		assertThat(jdbc.queryForObject("select delivery from notification_preference where account_id = ?",
				String.class, ME))
			.isEqualTo("DAILY_DIGEST");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = "
				+ "'notification-preference.changed' and target_id = ?", Integer.class, String.valueOf(ME)))
			.isPositive();
		assertThat(mvc.get().uri("/notifications/preferences")).bodyText()
			.containsPattern("id=\"delivery-DAILY_DIGEST\"[^>]*checked");
	}

	@Test
	@WithAccount(ME)
	void aChoiceThatDoesNotExistIsRefusedWithAMessage() {
		assertThat(mvc.post().uri("/notifications/preferences?lang=en").param("delivery", "NEVER").with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Choose how to send them.");
		assertThat(jdbc.queryForObject("select count(*) from notification_preference where account_id = ?",
				Integer.class, ME))
			.isZero();
	}

	@Test
	void anAnonymousVisitorIsSentToSignIn() {
		assertThat(mvc.get().uri("/notifications/preferences").accept(MediaType.TEXT_HTML))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(mvc.post().uri("/notifications/preferences").param("delivery", "DAILY_DIGEST").with(csrf())
			.accept(MediaType.TEXT_HTML))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

}
