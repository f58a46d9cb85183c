package kg.omb.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OutboxMessageTests {

	private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

	private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6));

	private final OutboxMessage message = new OutboxMessage(
			new Recipient("aigul@example.kg", "Айгүл", Locale.forLanguageTag("ky")),
			new RenderedMail("Тема", "текст", "<p>текст</p>"), NOW);

	@Test
	void aNewMessageIsDueAtOnce() {
		assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
		assertThat(message.isDue(NOW)).isTrue();
		assertThat(message.recipient().language().getLanguage()).isEqualTo("ky");
	}

	@Test
	void aFailureKeepsTheMessagePendingUntilTheBackoffHasPassed() {
		message.recordFailure("connection refused", NOW, backoff, 50);
		message.recordFailure("connection refused", NOW.plusSeconds(60), backoff, 50);

		assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
		assertThat(message.getAttempts()).isEqualTo(2);
		assertThat(message.getLastError()).isEqualTo("connection refused");
		assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(60).plus(Duration.ofMinutes(2)));
		assertThat(message.isDue(NOW.plusSeconds(60 + 119))).isFalse();
		assertThat(message.isDue(NOW.plusSeconds(60 + 120))).isTrue();
	}

	@Test
	void afterTheLastAllowedAttemptTheMessageIsGivenUpButKept() {
		for (int attempt = 1; attempt <= 3; attempt++) {
			message.recordFailure("mailbox unavailable " + attempt, NOW, backoff, 3);
		}
		assertThat(message.getStatus()).isEqualTo(OutboxStatus.FAILED_PERMANENTLY);
		assertThat(message.getAttempts()).isEqualTo(3);
		assertThat(message.getLastError()).isEqualTo("mailbox unavailable 3");
		assertThat(message.isDue(NOW.plus(Duration.ofDays(365)))).isFalse();
	}

	@Test
	void anAddressThatNoRetryCanCureIsGivenUpAtOnce() {
		message.giveUp("AddressException: Illegal address");
		assertThat(message.getStatus()).isEqualTo(OutboxStatus.FAILED_PERMANENTLY);
		assertThat(message.getAttempts()).isEqualTo(1);
		assertThat(message.getLastError()).contains("Illegal address");
		assertThatIllegalStateException().isThrownBy(() -> message.markSent(NOW));
	}

	@Test
	void aVeryLongErrorIsShortenedToFitItsColumn() {
		message.recordFailure("x".repeat(5000), NOW, backoff, 50);
		assertThat(message.getLastError()).hasSize(OutboxMessage.MAX_ERROR_LENGTH);
	}

	@Test
	void aSentMessageIsNeitherSentNorFailedAgain() {
		message.markSent(NOW);
		assertThat(message.getStatus()).isEqualTo(OutboxStatus.SENT);
		assertThat(message.getSentAt()).isEqualTo(NOW);
		assertThat(message.isDue(NOW)).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> message.markSent(NOW));
		assertThatIllegalStateException().isThrownBy(() -> message.recordFailure("late", NOW, backoff, 50));
	}

}
