package kg.omb.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.identity.RoleGranted;
import kg.omb.identity.RoleRevoked;
import kg.omb.identity.ScopedRole;
import kg.omb.shared.Actor;
import kg.omb.shared.NotFoundException;

/**
 * Grants and revokes scoped roles. Who may do it is {@link GrantingRights}' answer; what may be granted is the
 * {@link GrantPolicies}'; the platform never loses its last administrator ({@link LastAdministratorPolicy}). Each
 * change is audited and announced to other modules ({@link RoleGranted}, {@link RoleRevoked}).
 */
@Service
@Transactional
public class RoleGrantService {

	private final GrantLedger grants;

	private final AdministeredAccounts accounts;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LastAdministratorPolicy lastAdministrator = new LastAdministratorPolicy();

	RoleGrantService(GrantLedger grants, AdministeredAccounts accounts, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.grants = grants;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Grants the role and returns the new grant's id; a rule that refuses it throws {@link RuleViolation}. */
	@PreAuthorize("@grantingRights.mayGrant(authentication, #command.role(), #command.scope())")
	public long grant(GrantCommand command) {
		Instant now = Instant.now(clock);
		Account account = accounts.lockById(command.accountId())
			.orElseThrow(() -> new NotFoundException("admin.error.account-not-found"));
		Instant validFrom = command.validFrom() == null ? now : command.validFrom();
		ScopedRole wanted = command.scopedRole();
		GrantPolicies.ALL
			.check(new GrantRequest(wanted, validFrom, command.validTo(), now, account.getStatus(),
					grants.findByAccountIdOrderByValidFromDescIdDesc(account.id())))
			.orThrow();
		Long actor = Actor.current().accountId();
		RoleGrant grant = grants
			.save(new RoleGrant(account.id(), wanted, validFrom, command.validTo(), actor, command.legalActId()));
		Map<String, Object> details = describe(grant);
		audit.record("role.granted", "account", account.id(), details);
		events.publishEvent(new RoleGranted(grant.id(), account.id(), grant.getRole(), grant.getScope(),
				grant.getValidFrom(), grant.getValidTo(), actor, grant.getLegalActId()));
		return grant.id();
	}

	/**
	 * Revokes the grant as it was when the person saw it ({@code expectedVersion}); if someone changed it since, the
	 * revocation is refused as a stale edit.
	 */
	@PreAuthorize("@grantingRights.mayRevoke(authentication, #grantId)")
	public void revoke(long grantId, long expectedVersion) {
		Instant now = Instant.now(clock);
		RoleGrant grant = grants.findById(grantId).orElseThrow(() -> new NotFoundException("grant.error.not-found"));
		accounts.lockById(grant.getAccountId());
		if (grant.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(RoleGrant.class, grantId);
		}
		if (grant.getRevokedAt() == null && grant.getValidTo() != null && !grant.getValidTo().isAfter(now)) {
			Decision.reject("grant.error.expired").orThrow();
		}
		Long actor = Actor.current().accountId();
		lastAdministrator.checkRevoke(grant, actor, effectiveAdminGrantsOfActiveAccounts(now)).orThrow();
		grant.revoke(actor, now);
		Map<String, Object> details = describe(grant);
		audit.record("role.revoked", "account", grant.getAccountId(), details);
		events.publishEvent(new RoleRevoked(grant.id(), grant.getAccountId(), grant.getRole(), grant.getScope(), now,
				actor));
	}

	/** Every ADMIN grant in force now that belongs to an active account, locked until the transaction ends. */
	List<RoleGrant> effectiveAdminGrantsOfActiveAccounts(Instant now) {
		List<RoleGrant> adminGrants = grants.lockEffectiveAdminGrants(now);
		Set<Long> active = accounts
			.findAllById(adminGrants.stream().map(RoleGrant::getAccountId).collect(Collectors.toSet()))
			.stream()
			.filter(Account::isActive)
			.map(Account::id)
			.collect(Collectors.toSet());
		return adminGrants.stream().filter(grant -> active.contains(grant.getAccountId())).toList();
	}

	static Map<String, Object> describe(RoleGrant grant) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("grantId", grant.id());
		details.put("role", grant.getRole().name());
		details.put("scopeType", grant.getScope().type().name());
		putIfPresent(details, "scopeId", grant.getScope().id());
		details.put("validFrom", grant.getValidFrom().toString());
		putIfPresent(details, "validTo", grant.getValidTo());
		putIfPresent(details, "legalActId", grant.getLegalActId());
		return details;
	}

	private static void putIfPresent(Map<String, Object> details, String key, @Nullable Object value) {
		if (value != null) {
			details.put(key, value instanceof Number ? value : value.toString());
		}
	}

}
