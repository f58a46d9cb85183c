package kg.omb.notifications.domain;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;
import kg.omb.notifications.TestAccounts;
import kg.omb.notifications.TestNotices;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import kg.omb.support.WithAccount;

/** Who gets an e-mail when, and the daily digest. (Same context as the page tests, hence MockMvc.) */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestNotices.class)
class NotifyAndDigestTests {

	static final long SWITCHER = 5201;

	@Autowired
	Notifications notifications;

	@Autowired
	DailyDigestJob digestJob;

	@Autowired
	DeliveryPreferences preferences;

	@Autowired
	MailOutboxRepository outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void someoneWhoWantsMailAtOnceGetsOneEmailPerNotification() {
		long person = TestAccounts.active(jdbc, "Emil Sydykov", "en");

		notifyDraft(person, "One");
		notifyDraft(person, "Two");

		assertThat(outbox.findByRecipientAddressOrderById(TestAccounts.email(person))).extracting(m -> m.mail().subject())
			.containsExactly("Draft open for discussion: One", "Draft open for discussion: Two");
		assertThat(notMailed(person)).isZero();
	}

	@Test
	void anInactiveAccountGetsTheNotificationButNoEmail() {
		long id = 700_101;
		TestAccounts.insert(jdbc, id, "gone@example.kg", "Deactivated Person", "en", "DEACTIVATED");

		notifyDraft(id, "One");

		assertThat(count("select count(*) from notification where account_id = ?", id)).isEqualTo(1);
		assertThat(outbox.findByRecipientAddressOrderById("gone@example.kg")).isEmpty();
	}

	@Test
	void notifyingAnAccountThatDoesNotExistIsAProgrammingError() {
		assertThatIllegalArgumentException().isThrownBy(() -> notifyDraft(999_999_999L, "One"));
	}

	@Test
	void theDigestGathersUnreadNotificationsNotYetMailedIntoOneEmailInThePersonsLanguage() {
		long aigul = digestReader("Айгүл", "ky");
		long emil = TestAccounts.active(jdbc, "Emil", "en");
		notifyDraft(aigul, "Бир");
		notifyDraft(aigul, "Эки");
		notifyDraft(aigul, "Окулган");
		jdbc.update("update notification set read_at = current_timestamp where account_id = ? and arguments like ?",
				aigul, "%Окулган%");
		notifyDraft(emil, "At once");
		assertThat(outbox.findByRecipientAddressOrderById(TestAccounts.email(aigul))).as("nothing before the digest")
			.isEmpty();

		digestJob.sendDigests();

		List<OutboxMessage> digests = outbox.findByRecipientAddressOrderById(TestAccounts.email(aigul));
		assertThat(digests).hasSize(1);
		RenderedMail digest = digests.get(0).mail();
		assertThat(digest.subject()).isEqualTo("ОМБ платформасындагы жаңы билдирмелер: 2");
		assertThat(digest.text()).contains("Саламатсызбы, Айгүл!")
			.contains("Долбоор талкууга коюлду: Бир")
			.contains("Долбоор талкууга коюлду: Эки")
			.doesNotContain("Окулган")
			.contains("http://localhost:8080/documents/7");
		assertThat(digest.text().indexOf("Бир")).isLessThan(digest.text().indexOf("Эки"));
		assertThat(digest.html()).contains("lang=\"ky\"").contains("Долбоор талкууга коюлду: Эки");
		assertThat(notMailedUnread(aigul)).isZero();
		assertThat(outbox.findByRecipientAddressOrderById(TestAccounts.email(emil))).as("mailed at once, not again")
			.hasSize(1);
	}

	@Test
	void runningTheDigestTwiceMailsNothingTwice() {
		long person = digestReader("Twice", "en");
		notifyDraft(person, "Only once");

		digestJob.sendDigests();
		digestJob.sendDigests();

		assertThat(outbox.findByRecipientAddressOrderById(TestAccounts.email(person))).hasSize(1);
		notifyDraft(person, "Next day");
		digestJob.sendDigests();
		List<OutboxMessage> digests = outbox.findByRecipientAddressOrderById(TestAccounts.email(person));
		assertThat(digests).hasSize(2);
		assertThat(digests.get(1).mail().text()).contains("Next day").doesNotContain("Only once");
	}

	@Test
	void aLongDigestListsTheFirstFiftyAndCountsTheRest() {
		long person = digestReader("Busy", "en");
		for (int i = 1; i <= 52; i++) {
			notifyDraft(person, "Item " + i + ".");
		}

		digestJob.sendDigests();

		RenderedMail digest = outbox.findByRecipientAddressOrderById(TestAccounts.email(person)).get(0).mail();
		assertThat(digest.subject()).isEqualTo("New notifications on the OMB Platform: 52");
		assertThat(digest.text()).contains("Item 50.")
			.doesNotContain("Item 51.")
			.contains("2 more notifications are waiting in your list on the platform.");
		assertThat(notMailedUnread(person)).isZero();
	}

	@Test
	void aDeactivatedDigestReaderGetsNoDigest() {
		long id = 700_102;
		TestAccounts.insert(jdbc, id, "digest.gone@example.kg", "Gone", "en", "DEACTIVATED");
		jdbc.update("insert into notification_preference (account_id, delivery, version, updated_at) "
				+ "values (?, 'DAILY_DIGEST', 0, current_timestamp)", id);
		notifyDraft(id, "One");

		digestJob.sendDigests();

		assertThat(outbox.findByRecipientAddressOrderById("digest.gone@example.kg")).isEmpty();
	}

	@Test
	@WithAccount(SWITCHER)
	void switchingFromTheDigestToMailAtOnceMailsWhatTheDigestHeld() {
		TestAccounts.ensure(jdbc, SWITCHER, "Switcher", "ru");
		preferences.changeMine(Delivery.DAILY_DIGEST);
		notifyDraft(SWITCHER, "Ждал сводку");
		assertThat(outbox.findByRecipientAddressOrderById(TestAccounts.email(SWITCHER))).isEmpty();

		preferences.changeMine(Delivery.IMMEDIATE);

		List<OutboxMessage> mailed = outbox.findByRecipientAddressOrderById(TestAccounts.email(SWITCHER));
		assertThat(mailed).hasSize(1);
		assertThat(mailed.get(0).mail().text()).contains("Проект вынесен на обсуждение: Ждал сводку");
		assertThat(preferences.deliveryOf(SWITCHER)).isEqualTo(Delivery.IMMEDIATE);
	}

	@Test
	@WithMockUser
	void aPreferenceBelongsToAnAccountSoSomeoneWithoutOneCannotChangeIt() {
		org.assertj.core.api.Assertions
			.assertThatExceptionOfType(org.springframework.security.access.AccessDeniedException.class)
			.isThrownBy(() -> preferences.changeMine(Delivery.DAILY_DIGEST));
	}

	private long digestReader(String name, String language) {
		long id = TestAccounts.active(jdbc, name, language);
		jdbc.update("insert into notification_preference (account_id, delivery, version, updated_at) "
				+ "values (?, 'DAILY_DIGEST', 0, current_timestamp)", id);
		return id;
	}

	private void notifyDraft(long accountId, String title) {
		notifications.notify(accountId,
				Notice.of("discussion", TestNotices.DRAFT_TITLE, TestNotices.DRAFT_BODY,
						LocalizedText.of(title, title, title), Instant.parse("2026-03-10T12:00:00Z"))
					.withLink("/documents/7"));
	}

	private int notMailed(long accountId) {
		return count("select count(*) from notification where account_id = ? and mailed_at is null", accountId);
	}

	private int notMailedUnread(long accountId) {
		return count("select count(*) from notification where account_id = ? and mailed_at is null "
				+ "and read_at is null", accountId);
	}

	private int count(String sql, long accountId) {
		Integer count = jdbc.queryForObject(sql, Integer.class, accountId);
		return count == null ? 0 : count;
	}

}
