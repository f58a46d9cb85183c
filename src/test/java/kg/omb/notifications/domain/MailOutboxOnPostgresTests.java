package kg.omb.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;
import kg.omb.notifications.TestAccounts;
import kg.omb.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox and notification queries on PostgreSQL, as on the embedded H2 database. */
@SpringBootTest
@PostgresTest
class MailOutboxOnPostgresTests {

	static final Instant T0 = Instant.parse("2026-04-01T06:00:00Z");

	static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6));

	@Autowired
	MailOutboxRepository outbox;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationRepository notificationRepository;

	@Autowired
	DailyDigestJob digestJob;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void onlyPendingDueMessagesAreFoundTheLongestWaitingFirst() {
		long older = save("older@example.kg", T0, null);
		long newer = save("newer@example.kg", T0.plusSeconds(10), null);
		long later = save("later@example.kg", T0.plus(Duration.ofHours(1)), null);
		long backedOff = save("backed-off@example.kg", T0.minusSeconds(30), message -> message
			.recordFailure("connection refused", T0.minusSeconds(30), BACKOFF, 50));
		long sent = save("sent@example.kg", T0.minusSeconds(60), message -> message.markSent(T0));

		List<Long> due = outbox.findDue(T0.plusSeconds(20), Limit.of(10));

		assertThat(due).containsSubsequence(older, newer).doesNotContain(later, backedOff, sent);
		assertThat(outbox.findDue(T0.plusSeconds(20), Limit.of(1))).hasSize(1);
		assertThat(outbox.findDue(T0.plus(Duration.ofHours(2)), Limit.of(10))).contains(later, backedOff);
	}

	@Test
	void aFailedMessageKeepsItsAttemptsErrorAndNextAttempt() {
		long id = save("failing@example.kg", T0,
				message -> message.recordFailure("421 try again later", T0, BACKOFF, 50));

		OutboxMessage reloaded = outbox.findById(id).orElseThrow();
		assertThat(reloaded.getStatus()).isEqualTo(OutboxStatus.PENDING);
		assertThat(reloaded.getAttempts()).isEqualTo(1);
		assertThat(reloaded.getLastError()).isEqualTo("421 try again later");
		assertThat(reloaded.getNextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
		assertThat(reloaded.getVersion()).isEqualTo(1);
		assertThat(reloaded.mail().text()).isEqualTo("Текст ң ө ү");
	}

	@Test
	void theDigestQueriesAndTheirLockRunOnPostgres() {
		long person = TestAccounts.active(jdbc, "Айгүл", "ky");
		jdbc.update("insert into notification_preference (account_id, delivery, version, updated_at) "
				+ "values (?, 'DAILY_DIGEST', 0, current_timestamp)", person);
		notifications.notify(person, Notice.of("test", "notifications.title", "notifications.empty"));

		assertThat(notificationRepository.findAccountsAwaitingDigest()).contains(person);
		digestJob.sendDigests();

		assertThat(outbox.findByRecipientAddressOrderById(TestAccounts.email(person))).hasSize(1);
		assertThat(notificationRepository.findAccountsAwaitingDigest()).doesNotContain(person);
	}

	private long save(String address, Instant createdAt, java.util.function.Consumer<OutboxMessage> change) {
		Long id = new TransactionTemplate(transactions).execute(status -> {
			OutboxMessage message = new OutboxMessage(new Recipient(address, null, Locale.forLanguageTag("ky")),
					new RenderedMail("Тема", "Текст ң ө ү", "<p>Текст</p>"), createdAt);
			OutboxMessage saved = outbox.save(message);
			if (change != null) {
				change.accept(saved);
			}
			return saved.id();
		});
		return id == null ? -1 : id;
	}

}
