package kg.omb.notifications.domain;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackoffTests {

	private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6));

	@Test
	void theWaitDoublesAfterEachFailure() {
		assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(backoff.delayAfter(9)).isEqualTo(Duration.ofMinutes(256));
	}

	@Test
	void theWaitNeverExceedsTheCap() {
		assertThat(backoff.delayAfter(10)).isEqualTo(Duration.ofHours(6));
		assertThat(backoff.delayAfter(50)).isEqualTo(Duration.ofHours(6));
		assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void thereIsNoWaitBeforeAFailure() {
		assertThatIllegalArgumentException().isThrownBy(() -> backoff.delayAfter(0));
	}

	@Test
	void theCapCannotBeShorterThanTheFirstWait() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofHours(1), Duration.ofMinutes(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1)));
	}

}
