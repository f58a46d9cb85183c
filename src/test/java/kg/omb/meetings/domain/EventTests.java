package kg.omb.meetings.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static kg.omb.meetings.domain.MeetingRulesTests.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registration for an event: capacity, waiting list, cancellation and attendance, without Spring. */
class EventTests {

	static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");

	static final Instant STARTS = NOW.plusSeconds(7 * 86400);

	@Test
	void beyondTheCapacityPeopleWaitAndAPlaceGivenBackGoesToTheFirstWhoWaits() {
		OmbEvent event = saved(new OmbEvent(1, "Семинар", null, STARTS, "Зал 2", null, 2, NOW));
		saved(event.register(1, "Биринчи", NOW));
		saved(event.register(2, "Экинчи", NOW.plusSeconds(1)));
		Registration third = saved(event.register(3, "Үчүнчү", NOW.plusSeconds(2)));
		Registration fourth = saved(event.register(4, "Төртүнчү", NOW.plusSeconds(3)));
		assertThat(third.getStatus()).isEqualTo(Registration.Status.WAITING);
		assertThat(event.placesLeft()).isZero();
		assertThatThrownBy(() -> event.register(3, "Үчүнчү", NOW)).hasMessageContaining("already-registered");

		assertThat(event.cancel(1, NOW.plusSeconds(10))).contains(third);
		assertThat(third.getStatus()).isEqualTo(Registration.Status.REGISTERED);
		assertThat(fourth.getStatus()).isEqualTo(Registration.Status.WAITING);
		assertThat(event.cancel(4, NOW.plusSeconds(11))).isEmpty();
		assertThat(event.taken()).isEqualTo(2);
		assertThat(event.waiting()).isEmpty();
		// who cancelled may register again, at the end of the line
		assertThat(saved(event.register(1, "Биринчи", NOW.plusSeconds(12))).getStatus())
			.isEqualTo(Registration.Status.WAITING);
	}

	@Test
	void registrationClosesWhenTheEventBeginsAndAttendanceIsRecordedOnlyThen() {
		OmbEvent event = saved(new OmbEvent(1, "Семинар", null, STARTS, null, "https://meet.example.kg/s", 5, NOW));
		Registration one = saved(event.register(1, "Биринчи", NOW));
		assertThatThrownBy(() -> event.markAttended(one.id(), true, NOW)).hasMessageContaining("not-started");
		assertThatThrownBy(() -> event.register(2, "Кеч калган", STARTS)).hasMessageContaining("event.started");
		assertThatThrownBy(() -> event.cancel(1, STARTS)).hasMessageContaining("event.started");
		event.markAttended(one.id(), true, STARTS.plusSeconds(60));
		assertThat(one.isAttended()).isTrue();
	}

	@Test
	void anEventNeedsAPlaceAndAVenueInTheFuture() {
		assertThatThrownBy(() -> new OmbEvent(1, "Семинар", null, STARTS, "Зал", null, 0, NOW))
			.hasMessageContaining("event.capacity");
		assertThatThrownBy(() -> new OmbEvent(1, "Семинар", null, STARTS, null, null, 5, NOW))
			.hasMessageContaining("place-or-link");
		assertThatThrownBy(() -> new OmbEvent(1, "Семинар", null, NOW.minusSeconds(1), "Зал", null, 5, NOW))
			.hasMessageContaining("starts-in-past");
	}

}
