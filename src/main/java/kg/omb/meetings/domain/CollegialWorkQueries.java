package kg.omb.meetings.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.meetings.CollegialWork;
import kg.omb.meetings.DecisionSummary;
import kg.omb.meetings.WorkOfYear;
import kg.omb.shared.Bishkek;

/** An OMB's year of collegial work, read in a handful of queries whatever the number of meetings and decisions. */
@Service
@Transactional(readOnly = true)
class CollegialWorkQueries implements CollegialWork {

	private final WorkPlanRepository plans;

	private final DecisionQueries decisions;

	private final EntityManager entities;

	private final Clock clock;

	CollegialWorkQueries(WorkPlanRepository plans, DecisionQueries decisions, EntityManager entities, Clock clock) {
		this.plans = plans;
		this.decisions = decisions;
		this.entities = entities;
		this.clock = clock;
	}

	@Override
	public WorkOfYear ofYear(long associationId, int year) {
		LocalDate today = Bishkek.today(clock);
		Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Bishkek.ZONE).toInstant();
		Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(Bishkek.ZONE).toInstant();
		WorkPlan plan = plans.findByAssociationIdAndYear(associationId, year).orElse(null);
		List<WorkOfYear.PlanLine> items = plan == null ? List.of() : plan.getItems()
			.stream()
			.sorted(Comparator.comparingInt(PlanItem::getPosition))
			.map(i -> new WorkOfYear.PlanLine(i.getPosition(), i.getActivity(), i.getResponsible(), i.getDueOn(),
					i.getDoneOn(), i.getFulfilledBy(), i.isOverdue(today)))
			.toList();
		List<Meeting> meetings = entities.createQuery("""
				select m from Meeting m where m.associationId = :association
				  and m.startsAt >= :from and m.startsAt < :to order by m.startsAt, m.id""", Meeting.class)
			.setParameter("association", associationId).setParameter("from", from).setParameter("to", to)
			.getResultList();
		Map<Long, Long> perMeeting = entities.createQuery("""
				select d.meetingId, count(d) from Decision d where d.associationId = :association
				group by d.meetingId""", Object[].class)
			.setParameter("association", associationId)
			.getResultStream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
		List<WorkOfYear.MeetingLine> held = meetings.stream()
			.filter(m -> m.getStatus() == MeetingStatus.CLOSED)
			.map(m -> new WorkOfYear.MeetingLine(m.id(), m.getTitle(), day(m.getStartsAt()), m.getSectionId() != null,
					perMeeting.getOrDefault(m.id(), 0L)))
			.toList();
		int cancelled = (int) meetings.stream().filter(m -> m.getStatus() == MeetingStatus.CANCELLED).count();
		Instant now = clock.instant();
		List<WorkOfYear.EventLine> events = entities.createQuery("""
				select e.id, e.title, e.startsAt,
				  (select count(r) from Registration r where r.event = e and r.attended = true)
				from OmbEvent e where e.associationId = :association
				  and e.startsAt >= :from and e.startsAt < :to and e.startsAt <= :now
				order by e.startsAt, e.id""", Object[].class)
			.setParameter("association", associationId).setParameter("from", from).setParameter("to", to)
			.setParameter("now", now)
			.getResultStream()
			.map(row -> new WorkOfYear.EventLine((Long) row[0], (String) row[1], day((Instant) row[2]), (Long) row[3]))
			.toList();
		WorkOfYear.PlanState state = plan == null ? null : plan.getStatus() == WorkPlan.Status.APPROVED
				? WorkOfYear.PlanState.APPROVED : WorkOfYear.PlanState.DRAFT;
		List<DecisionSummary> taken = new ArrayList<>(decisions.list(associationId, year));
		Collections.reverse(taken);
		return new WorkOfYear(year, state, items, held, cancelled, taken, events);
	}

	private static LocalDate day(Instant instant) {
		return instant.atZone(Bishkek.ZONE).toLocalDate();
	}

}
