package kg.omb.notifications.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.audit.AuditLog;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.EmailVerificationRequested;
import kg.omb.identity.PasswordResetRequested;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The notifications module on its own, with the identity module's API mocked: identity's events become outbox
 * e-mails in the very transaction that published them.
 */
@ApplicationModuleTest
class IdentityMailsModuleTests {

	static final AccountView PENDING = new AccountView(41, "jana@example.kg", "Жаңыл Осмонова",
			Locale.forLanguageTag("ru"), false);

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	AuditLog audit;

	@Autowired
	MailOutboxRepository outbox;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aVerificationRequestIsInTheOutboxAtOnceEvenBeforeTheAccountIsActive(Scenario scenario) {
		given(accounts.find(41)).willReturn(Optional.of(PENDING));

		scenario.publish(new EmailVerificationRequested(41, "https://omb.edu.kg/register/confirm?token=t41",
				Instant.parse("2026-05-01T06:00:00Z")))
			.andWaitForStateChange(() -> outbox.findByRecipientAddressOrderById("jana@example.kg"),
					messages -> !messages.isEmpty())
			.andVerify(messages -> {
				assertThat(messages).hasSize(1);
				RenderedMail mail = messages.get(0).mail();
				assertThat(mail.subject()).isEqualTo("Подтвердите адрес электронной почты");
				assertThat(mail.text()).contains("https://omb.edu.kg/register/confirm?token=t41")
					.contains("Ссылка действует до 1 мая 2026 г., 12:00 (по времени Бишкека).");
			});
	}

	@Test
	void aResetRequestRolledBackWithItsTransactionLeavesNoEmail() {
		var other = new AccountView(42, "rolled.back@example.kg", "Rolled Back", Locale.ENGLISH, true);
		given(accounts.find(42)).willReturn(Optional.of(other));

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(new PasswordResetRequested(42, "https://omb.edu.kg/password/reset?token=t42",
					Instant.parse("2026-05-01T06:00:00Z")));
			assertThat(outbox.findByRecipientAddressOrderById("rolled.back@example.kg"))
				.as("written in the publishing transaction").hasSize(1);
			status.setRollbackOnly();
		});

		List<OutboxMessage> messages = outbox.findByRecipientAddressOrderById("rolled.back@example.kg");
		assertThat(messages).isEmpty();
	}

	@Test
	void anEventForAnUnknownAccountIsIgnoredWithoutBreakingThePublisher() {
		given(accounts.find(43)).willReturn(Optional.empty());
		long pendingBefore = outbox.countByStatus(OutboxStatus.PENDING);

		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
				new PasswordResetRequested(43, "https://omb.edu.kg/x", Instant.parse("2026-05-01T06:00:00Z"))));

		assertThat(outbox.countByStatus(OutboxStatus.PENDING)).isEqualTo(pendingBefore);
	}

}
