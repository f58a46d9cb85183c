package kg.omb.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.identity.RoleGranted;
import kg.omb.identity.RoleRevoked;
import kg.omb.identity.ScopedRole;
import kg.omb.identity.StructuralRoles;
import kg.omb.shared.Actor;

/**
 * Grants that follow a structural change another module has already authorised, for the term of the change.
 * Unlike the administration's grants they are idempotent: assigning a role the account holds already for the term,
 * or withdrawing one it does not hold, changes nothing.
 */
@Service
@Transactional
class StructuralRoleGrants implements StructuralRoles {

	private final GrantLedger grants;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StructuralRoleGrants(GrantLedger grants, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.grants = grants;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void assign(long accountId, ScopedRole role, @Nullable Long legalActId) {
		Instant now = Instant.now(clock);
		if (!effective(accountId, role, now).isEmpty()) {
			return;
		}
		grant(accountId, role, legalActId, now, null);
	}

	@Override
	public void assign(long accountId, ScopedRole role, @Nullable Long legalActId, Instant from,
			@Nullable Instant to) {
		Instant now = Instant.now(clock);
		if (to != null && (!to.isAfter(now) || !to.isAfter(from))) {
			return;
		}
		Instant stillToCome = from.isAfter(now) ? from : now;
		if (live(accountId, role, now).stream().anyMatch(grant -> grant.covers(stillToCome, to))) {
			return;
		}
		grant(accountId, role, legalActId, from, to);
	}

	@Override
	public void withdraw(long accountId, ScopedRole role) {
		withdraw(accountId, role, Instant.now(clock));
	}

	@Override
	public void withdraw(long accountId, ScopedRole role, Instant at) {
		Instant now = Instant.now(clock);
		Long actor = Actor.current().accountId();
		for (RoleGrant grant : live(accountId, role, now)) {
			if (grant.getValidTo() != null && !grant.getValidTo().isAfter(at)) {
				continue;
			}
			Instant end;
			if (!at.isAfter(now) || !at.isAfter(grant.getValidFrom())) {
				grant.revoke(actor, now);
				end = now;
			}
			else {
				grant.endAt(at);
				end = at;
			}
			audit.record("role.revoked", "account", accountId, RoleGrantService.describe(grant));
			events.publishEvent(new RoleRevoked(grant.id(), accountId, grant.getRole(), grant.getScope(), end, actor));
		}
	}

	private void grant(long accountId, ScopedRole role, @Nullable Long legalActId, Instant from,
			@Nullable Instant to) {
		Long actor = Actor.current().accountId();
		RoleGrant grant = grants.save(new RoleGrant(accountId, role, from, to, actor, legalActId));
		audit.record("role.granted", "account", accountId, RoleGrantService.describe(grant));
		events.publishEvent(new RoleGranted(grant.id(), accountId, grant.getRole(), grant.getScope(),
				grant.getValidFrom(), grant.getValidTo(), actor, legalActId));
	}

	private List<RoleGrant> effective(long accountId, ScopedRole role, Instant now) {
		return grants.findEffective(List.of(accountId), now)
			.stream()
			.filter(grant -> grant.scopedRole().equals(role))
			.toList();
	}

	/** The grants of the role in force now or starting later. */
	private List<RoleGrant> live(long accountId, ScopedRole role, Instant now) {
		return grants.findLive(accountId, now).stream().filter(grant -> grant.scopedRole().equals(role)).toList();
	}

}
