package kg.omb.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static kg.omb.meetings.domain.MeetingRulesTests.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An annual work plan's rules and progress, without Spring. */
class WorkPlanTests {

	static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");

	@Test
	void theChairApprovesAPlanWithItemsAndThenItsItemsAreDoneNotChanged() {
		WorkPlan plan = saved(new WorkPlan(7, 2026));
		assertThatThrownBy(() -> plan.approve(1, NOW)).hasMessageContaining("plan.empty");
		PlanItem item = saved(plan.addItem("МББС долбоору", "Экономика секциясы", LocalDate.of(2026, 6, 1),
				"Коомдук талкууга чыгарылган долбоор"));
		assertThatThrownBy(() -> plan.complete(item.id(), LocalDate.of(2026, 5, 1), null))
			.hasMessageContaining("plan.not-approved");
		plan.approve(1, NOW);
		assertThatThrownBy(() -> plan.addItem("Дагы", "Катчы", LocalDate.of(2026, 7, 1), "Натыйжа"))
			.hasMessageContaining("plan.approved");
		assertThatThrownBy(() -> plan.complete(item.id(), LocalDate.of(2026, 5, 1), "https://evil.example"))
			.hasMessageContaining("plan.path");
		plan.complete(item.id(), LocalDate.of(2026, 5, 1), "/documents/12");
		assertThat(item.getFulfilledBy()).isEqualTo("/documents/12");
		assertThatThrownBy(() -> plan.complete(item.id(), LocalDate.of(2026, 5, 2), null))
			.hasMessageContaining("item-done");
	}

	@Test
	void progressCountsItemsDoneAndThoseWhoseDueDatePassed() {
		WorkPlan plan = saved(new WorkPlan(7, 2026));
		PlanItem spring = saved(plan.addItem("Семинар", "Катчы", LocalDate.of(2026, 4, 1), "Семинар өттү"));
		saved(plan.addItem("Отчёт", "Төрага", LocalDate.of(2026, 5, 1), "Жылдык отчёт"));
		saved(plan.addItem("Стандарт", "Секция", LocalDate.of(2026, 11, 1), "Долбоор"));
		assertThatThrownBy(() -> plan.addItem("Кийинки жыл", "Катчы", LocalDate.of(2027, 1, 10), "Натыйжа"))
			.hasMessageContaining("due-in-year");
		plan.approve(1, NOW);
		assertThat(plan.progress(LocalDate.of(2026, 3, 1))).isEqualTo(new WorkPlan.Progress(3, 0, 0));
		plan.complete(spring.id(), LocalDate.of(2026, 3, 30), null);
		WorkPlan.Progress june = plan.progress(LocalDate.of(2026, 6, 1));
		assertThat(june).isEqualTo(new WorkPlan.Progress(3, 1, 1));
		assertThat(june.percent()).isEqualTo(33);
		// the due day itself is not yet overdue
		assertThat(plan.progress(LocalDate.of(2026, 11, 1)).overdue()).isEqualTo(1);
		assertThat(plan.progress(LocalDate.of(2026, 11, 2)).overdue()).isEqualTo(2);
	}

}
