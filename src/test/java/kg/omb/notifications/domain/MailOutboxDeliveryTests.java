package kg.omb.notifications.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.identity.EmailVerificationRequested;
import kg.omb.identity.PasswordResetRequested;
import kg.omb.notifications.MailParts;
import kg.omb.support.AdjustableClock;
import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;
import kg.omb.notifications.TestAccounts;
import kg.omb.notifications.TestNotices;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox end to end against a real SMTP server (GreenMail) in the test JVM: what is committed is delivered in
 * the recipient's language, what is rolled back never leaves, and an SMTP outage loses nothing.
 */
@SpringBootTest(properties = "omb.mail.outbox.max-attempts=3")
@Import(TestNotices.class)
class MailOutboxDeliveryTests {

	static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();

	static final Instant START = Instant.parse("2026-03-02T03:00:00Z");

	static final AdjustableClock CLOCK = new AdjustableClock(START);

	static GreenMail smtp;

	@TestBean
	Clock clock;

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxRelay relay;

	@Autowired
	MailOutboxRepository outbox;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	static Clock clock() {
		return CLOCK;
	}

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@BeforeAll
	static void startSmtpServer() {
		smtp = startedSmtpServer();
	}

	@AfterAll
	static void stopSmtpServer() {
		smtp.stop();
	}

	@BeforeEach
	void freshMailboxAndOutbox() throws Exception {
		if (!smtp.isRunning()) {
			smtp = startedSmtpServer();
		}
		smtp.purgeEmailFromAllMailboxes();
		jdbc.update("delete from mail_outbox");
		CLOCK.set(START);
	}

	@Test
	void aNoticeCommittedWithItsChangeArrivesInTheRecipientsLanguage() throws Exception {
		long bakyt = TestAccounts.active(jdbc, "Бакыт Асанов", "ru");

		inTransaction(() -> notifications.notify(bakyt, draftOpened()));
		relay.sendDue();

		List<MimeMessage> received = MailParts.to(smtp.getReceivedMessages(), TestAccounts.email(bakyt));
		assertThat(received).hasSize(1);
		MimeMessage mail = received.get(0);
		assertThat(mail.getSubject()).isEqualTo("Проект вынесен на обсуждение: ГОС по педагогике");
		assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Платформа УМО");
		assertThat(((InternetAddress) mail.getAllRecipients()[0]).getPersonal()).isEqualTo("Бакыт Асанов");
		assertThat(mail.getHeader("Content-Language")).containsExactly("ru");
		assertThat(MailParts.text(mail)).contains("Здравствуйте, Бакыт Асанов!")
			.contains("Общественное обсуждение продлится до 10 марта 2026 г., 18:00.")
			.contains("http://localhost:8080/documents/7")
			.contains("http://localhost:8080/notifications/preferences");
		assertThat(MailParts.html(mail)).contains("lang=\"ru\"")
			.contains("Платформа УМО")
			.contains("href=\"http://localhost:8080/documents/7\"");
		OutboxMessage sent = outbox.findByRecipientAddressOrderById(TestAccounts.email(bakyt)).get(0);
		assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.getSentAt()).isEqualTo(START);
	}

	@Test
	void aNoticeWhoseTransactionRolledBackIsNeverSent() {
		long aigul = TestAccounts.active(jdbc, "Айгүл Токтобаева", "ky");

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			notifications.notify(aigul, draftOpened());
			status.setRollbackOnly();
		});
		relay.sendDue();

		assertThat(MailParts.to(smtp.getReceivedMessages(), TestAccounts.email(aigul))).isEmpty();
		assertThat(outbox.findByRecipientAddressOrderById(TestAccounts.email(aigul))).isEmpty();
	}

	@Test
	void whileTheSmtpServerIsDownTheMessageWaitsAndIsDeliveredOnceItIsBack() throws Exception {
		long emil = TestAccounts.active(jdbc, "Emil Sydykov", "en");
		smtp.stop();

		inTransaction(() -> notifications.notify(emil, draftOpened()));
		relay.sendDue();

		OutboxMessage waiting = only(emil);
		assertThat(waiting.getStatus()).isEqualTo(OutboxStatus.PENDING);
		assertThat(waiting.getAttempts()).isEqualTo(1);
		assertThat(waiting.getNextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
		assertThat(waiting.getLastError()).isNotBlank();

		smtp = startedSmtpServer();
		relay.sendDue();
		assertThat(only(emil).getAttempts()).as("not tried again before the backoff has passed").isEqualTo(1);
		assertThat(MailParts.to(smtp.getReceivedMessages(), TestAccounts.email(emil))).isEmpty();

		CLOCK.advance(Duration.ofMinutes(1));
		relay.sendDue();

		assertThat(only(emil).getStatus()).isEqualTo(OutboxStatus.SENT);
		List<MimeMessage> received = MailParts.to(smtp.getReceivedMessages(), TestAccounts.email(emil));
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("Draft open for discussion: SES in pedagogy");
	}

	@Test
	void afterTheConfiguredNumberOfAttemptsTheMessageIsGivenUpAndKept() {
		long nurlan = TestAccounts.active(jdbc, "Нурлан Беков", "ky");
		smtp.stop();
		inTransaction(() -> notifications.notify(nurlan, draftOpened()));

		relay.sendDue();
		CLOCK.advance(Duration.ofMinutes(1));
		relay.sendDue();
		CLOCK.advance(Duration.ofMinutes(2));
		relay.sendDue();

		OutboxMessage failed = only(nurlan);
		assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED_PERMANENTLY);
		assertThat(failed.getAttempts()).isEqualTo(3);
		assertThat(failed.getLastError()).isNotBlank();

		smtp = startedSmtpServer();
		CLOCK.advance(Duration.ofDays(30));
		relay.sendDue();
		assertThat(MailParts.to(smtp.getReceivedMessages(), TestAccounts.email(nurlan))).isEmpty();
		assertThat(only(nurlan).getStatus()).isEqualTo(OutboxStatus.FAILED_PERMANENTLY);
	}

	@Test
	void anUnreachableServerLeavesTheRestOfTheBatchUntouchedForTheNextRun() {
		long first = TestAccounts.active(jdbc, "First Person", "en");
		long second = TestAccounts.active(jdbc, "Second Person", "en");
		smtp.stop();
		inTransaction(() -> notifications.notify(first, draftOpened()));
		CLOCK.advance(Duration.ofSeconds(1));
		inTransaction(() -> notifications.notify(second, draftOpened()));

		relay.sendDue();

		assertThat(only(first).getAttempts()).isEqualTo(1);
		assertThat(only(second).getAttempts()).isZero();
		assertThat(only(second).isDue(Instant.now(CLOCK))).isTrue();
	}

	@Test
	void theAddressConfirmationIsMailedInThePersonsLanguageWithTheLinkAndItsExpiryInBishkekTime()
			throws Exception {
		long id = 700_001;
		TestAccounts.insert(jdbc, id, "new.person@example.kg", "Жаңы Адам", "ky", "PENDING_VERIFICATION");
		String link = "https://omb.edu.kg/register/confirm?token=abc123";

		inTransaction(() -> events.publishEvent(
				new EmailVerificationRequested(id, link, Instant.parse("2026-03-03T03:00:00Z"))));
		relay.sendDue();

		List<MimeMessage> received = MailParts.to(smtp.getReceivedMessages(), "new.person@example.kg");
		assertThat(received).hasSize(1);
		MimeMessage mail = received.get(0);
		assertThat(mail.getSubject()).isEqualTo("Электрондук почтаңыздын дарегин ырастаңыз");
		assertThat(MailParts.text(mail)).contains("Саламатсызбы, Жаңы Адам!")
			.contains(link)
			.contains("Шилтеме 2026-ж., 3-март 09:00 чейин жарактуу (Бишкек убактысы).");
		assertThat(MailParts.html(mail)).contains("href=\"" + link.replace("&", "&amp;") + "\"")
			.contains("lang=\"ky\"");
	}

	@Test
	void thePasswordResetIsMailedAtOnceEvenToSomeoneWhoChoseTheDigest() throws Exception {
		long id = TestAccounts.active(jdbc, "Emil Sydykov", "en");
		jdbc.update("insert into notification_preference (account_id, delivery, version, updated_at) "
				+ "values (?, 'DAILY_DIGEST', 0, current_timestamp)", id);
		String link = "https://omb.edu.kg/password/reset?token=xyz";

		inTransaction(() -> events.publishEvent(
				new PasswordResetRequested(id, link, Instant.parse("2026-03-02T04:00:00Z"))));
		relay.sendDue();

		List<MimeMessage> received = MailParts.to(smtp.getReceivedMessages(), TestAccounts.email(id));
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("Reset your password");
		assertThat(MailParts.text(received.get(0))).contains(link)
			.contains("The link works once, until March 2, 2026, 10:00 AM (Bishkek time).");
	}

	@Test
	void anIdentityEventWhoseTransactionRolledBackMailsNothing() {
		long id = TestAccounts.active(jdbc, "Rolled Back", "en");

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(new PasswordResetRequested(id, "https://omb.edu.kg/password/reset?token=gone",
					Instant.parse("2026-03-02T04:00:00Z")));
			assertThat(outbox.findByRecipientAddressOrderById(TestAccounts.email(id)))
				.as("written in the publishing transaction").hasSize(1);
			status.setRollbackOnly();
		});
		relay.sendDue();

		assertThat(outbox.findByRecipientAddressOrderById(TestAccounts.email(id))).isEmpty();
		assertThat(MailParts.to(smtp.getReceivedMessages(), TestAccounts.email(id))).isEmpty();
	}

	private static Notice draftOpened() {
		return Notice
			.of("discussion", TestNotices.DRAFT_TITLE, TestNotices.DRAFT_BODY,
					LocalizedText.of("Педагогика боюнча МББС", "ГОС по педагогике", "SES in pedagogy"),
					Instant.parse("2026-03-10T12:00:00Z"))
			.withLink("/documents/7");
	}

	private OutboxMessage only(long accountId) {
		List<OutboxMessage> messages = outbox.findByRecipientAddressOrderById(TestAccounts.email(accountId));
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
	}

	private static GreenMail startedSmtpServer() {
		GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

}
