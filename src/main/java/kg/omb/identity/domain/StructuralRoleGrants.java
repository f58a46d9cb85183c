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
 * Grants that follow a structural change another module has already authorised. Unlike the administration's
 * grants they are idempotent: assigning a role the account holds already, or withdrawing one it does not hold,
 * changes nothing.
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
		Long actor = Actor.current().accountId();
		RoleGrant grant = grants.save(new RoleGrant(accountId, role, now, null, actor, legalActId));
		audit.record("role.granted", "account", accountId, RoleGrantService.describe(grant));
		events.publishEvent(new RoleGranted(grant.id(), accountId, grant.getRole(), grant.getScope(),
				grant.getValidFrom(), null, actor, legalActId));
	}

	@Override
	public void withdraw(long accountId, ScopedRole role) {
		Instant now = Instant.now(clock);
		Long actor = Actor.current().accountId();
		for (RoleGrant grant : effective(accountId, role, now)) {
			grant.revoke(actor, now);
			audit.record("role.revoked", "account", accountId, RoleGrantService.describe(grant));
			events.publishEvent(new RoleRevoked(grant.id(), accountId, grant.getRole(), grant.getScope(), now, actor));
		}
	}

	private List<RoleGrant> effective(long accountId, ScopedRole role, Instant now) {
		return grants.findEffective(List.of(accountId), now)
			.stream()
			.filter(grant -> grant.scopedRole().equals(role))
			.toList();
	}

}
