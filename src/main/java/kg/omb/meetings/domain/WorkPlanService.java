package kg.omb.meetings.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.audit.AuditLog;
import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.shared.Actor;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;

/**
 * The OMBs' annual work plans (§21). The secretary or the chair writes the plan; the chair approves it; they mark
 * its items done. The OMB's members and the officers of the authority over the OMB see the plans, their progress
 * and what is overdue.
 */
@Service
@Transactional
public class WorkPlanService {

	static final String TARGET = "work-plan";

	private final WorkPlanRepository plans;

	private final Associations associations;

	private final CurrentAccess access;

	private final AuditLog audit;

	private final Clock clock;

	WorkPlanService(WorkPlanRepository plans, Associations associations, CurrentAccess access, AuditLog audit,
			Clock clock) {
		this.plans = plans;
		this.associations = associations;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** A summary line of a plan. */
	public record PlanLine(long id, LocalizedText associationName, int year, WorkPlan.Status status,
			WorkPlan.Progress progress) {
	}

	public long create(long associationId, int year) {
		require(edits(associationId));
		if (plans.findByAssociationIdAndYear(associationId, year).isPresent()) {
			throw new DomainException("meetings.error.plan.exists", year);
		}
		WorkPlan plan = plans.save(new WorkPlan(associationId, year));
		audit.record("work-plan.created", TARGET, plan.id(), Map.of("association", associationId, "year", year));
		return plan.id();
	}

	public void addItem(long planId, long lock, String activity, String responsible, LocalDate dueOn,
			String expectedOutput) {
		WorkPlan plan = plan(planId, lock);
		require(edits(plan.getAssociationId()));
		plan.addItem(activity, responsible, dueOn, expectedOutput);
		plans.save(plan);
		audit.record("work-plan.item-added", TARGET, plan.id(), Map.of("activity", activity));
	}

	public void approve(long planId, long lock) {
		WorkPlan plan = plan(planId, lock);
		require(chairs(plan.getAssociationId()));
		plan.approve(Actor.currentAccountId().orElse(0L), clock.instant());
		audit.record("work-plan.approved", TARGET, plan.id());
	}

	public void complete(long planId, long itemId, @Nullable String fulfilledBy) {
		WorkPlan plan = found(planId);
		require(edits(plan.getAssociationId()));
		plan.complete(itemId, Bishkek.today(clock), fulfilledBy);
		audit.record("work-plan.item-done", TARGET, plan.id(), Map.of("item", itemId));
	}

	/** The OMBs where the person may start a plan. */
	@Transactional(readOnly = true)
	public List<AssociationView> editable() {
		Set<Long> ids = new LinkedHashSet<>(access.scopeIds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION));
		ids.addAll(access.scopeIds(Role.OMB_CHAIR, ScopeType.ASSOCIATION));
		return ids.stream().map(associations::find).flatMap(java.util.Optional::stream).toList();
	}

	/** The plans the person may see: of the OMBs they belong to and of those under their authority. */
	@Transactional(readOnly = true)
	public List<PlanLine> visible() {
		Set<Long> ids = new LinkedHashSet<>();
		for (Role role : List.of(Role.OMB_CHAIR, Role.OMB_SECRETARY, Role.OMB_MEMBER)) {
			ids.addAll(access.scopeIds(role, ScopeType.ASSOCIATION));
		}
		Set<Long> authorities = access.scopeIds(Role.AUTHORITY_OFFICER, ScopeType.AUTHORITY);
		if (!authorities.isEmpty()) {
			associations.all()
				.stream()
				.filter(a -> a.authorityId() != null && authorities.contains(a.authorityId()))
				.forEach(a -> ids.add(a.id()));
		}
		LocalDate today = Bishkek.today(clock);
		return plans.findByAssociationIdInOrderByYearDesc(ids)
			.stream()
			.map(plan -> new PlanLine(plan.id(), name(plan.getAssociationId()), plan.getYear(), plan.getStatus(),
					plan.progress(today)))
			.sorted(Comparator.comparing(PlanLine::year).reversed())
			.toList();
	}

	@Transactional(readOnly = true)
	public PlanDetail detail(long planId) {
		WorkPlan plan = found(planId);
		LocalDate today = Bishkek.today(clock);
		List<PlanDetail.Item> items = plan.getItems()
			.stream()
			.map(item -> new PlanDetail.Item(item.id(), item.getPosition(), item.getActivity(), item.getResponsible(),
					item.getDueOn(), item.getExpectedOutput(), item.getDoneOn(), item.getFulfilledBy(),
					item.isOverdue(today)))
			.toList();
		return new PlanDetail(plan.id(), plan.getVersion(), plan.getAssociationId(), name(plan.getAssociationId()),
				plan.getYear(), plan.getStatus(), plan.getApprovedAt(), items, plan.progress(today),
				edits(plan.getAssociationId()), chairs(plan.getAssociationId()));
	}

	private WorkPlan plan(long planId, long lock) {
		WorkPlan plan = found(planId);
		if (plan.getVersion() != lock) {
			throw new OptimisticLockingFailureException("work plan " + planId + " changed");
		}
		return plan;
	}

	private WorkPlan found(long planId) {
		WorkPlan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("meetings.error.no-plan"));
		require(sees(plan.getAssociationId()));
		return plan;
	}

	private boolean edits(long associationId) {
		return holds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION, associationId) || chairs(associationId);
	}

	private boolean chairs(long associationId) {
		return holds(Role.OMB_CHAIR, ScopeType.ASSOCIATION, associationId);
	}

	private boolean sees(long associationId) {
		if (edits(associationId) || holds(Role.OMB_MEMBER, ScopeType.ASSOCIATION, associationId)) {
			return true;
		}
		Long authority = associations.find(associationId).map(AssociationView::authorityId).orElse(null);
		return authority != null && holds(Role.AUTHORITY_OFFICER, ScopeType.AUTHORITY, authority);
	}

	private LocalizedText name(long associationId) {
		return associations.find(associationId).map(AssociationView::name).orElse(LocalizedText.of("—", "—", "—"));
	}

	private boolean holds(Role role, ScopeType type, long id) {
		Scope scope = Scope.of(type, id);
		return access.holds(role, scope) || access.holds(Role.ADMIN, scope);
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("meetings.error.not-allowed");
		}
	}

}
