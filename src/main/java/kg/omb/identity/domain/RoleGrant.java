package kg.omb.identity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.identity.ScopedRole;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/**
 * A role granted to an account within a scope, for a period, by someone, on the basis of a legal act. A revoked
 * grant is kept (with who revoked it and when) so that the history of who could do what stays visible.
 */
@Entity
@Table(name = "role_grant")
public class RoleGrant extends BaseEntity {

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Enumerated(EnumType.STRING)
	@Column(name = "scope_type", nullable = false)
	private ScopeType scopeType;

	@Column(name = "scope_id")
	private @Nullable Long scopeId;

	@Column(name = "valid_from", nullable = false)
	private Instant validFrom;

	@Column(name = "valid_to")
	private @Nullable Instant validTo;

	@Column(name = "granted_by")
	private @Nullable Long grantedBy;

	@Column(name = "legal_act_id")
	private @Nullable Long legalActId;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	@Column(name = "revoked_by")
	private @Nullable Long revokedBy;

	protected RoleGrant() {
		this.role = Role.PARTICIPANT;
		this.scopeType = ScopeType.PLATFORM;
		this.validFrom = Instant.EPOCH;
	}

	public RoleGrant(long accountId, ScopedRole scopedRole, Instant validFrom, @Nullable Instant validTo,
			@Nullable Long grantedBy, @Nullable Long legalActId) {
		if (validTo != null && !validTo.isAfter(validFrom)) {
			throw new DomainException("grant.error.period");
		}
		this.accountId = accountId;
		this.role = scopedRole.role();
		this.scopeType = scopedRole.scope().type();
		this.scopeId = scopedRole.scope().id();
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.grantedBy = grantedBy;
		this.legalActId = legalActId;
	}

	public boolean isEffectiveAt(Instant moment) {
		return revokedAt == null && !validFrom.isAfter(moment) && (validTo == null || validTo.isAfter(moment));
	}

	public void revoke(@Nullable Long by, Instant now) {
		if (revokedAt != null) {
			throw new DomainException("grant.error.already-revoked");
		}
		this.revokedAt = now;
		this.revokedBy = by;
	}

	/**
	 * Ends the grant at a later moment than now, as when a term ends by an act that takes effect in the future; a
	 * grant already ending earlier keeps its end.
	 */
	public void endAt(Instant end) {
		if (revokedAt != null) {
			throw new DomainException("grant.error.already-revoked");
		}
		if (!end.isAfter(validFrom)) {
			throw new DomainException("grant.error.period");
		}
		if (validTo == null || validTo.isAfter(end)) {
			this.validTo = end;
		}
	}

	/** Whether the grant is in force through the whole period (open-ended when {@code to} is null). */
	public boolean covers(Instant from, @Nullable Instant to) {
		return revokedAt == null && !validFrom.isAfter(from)
				&& (validTo == null || (to != null && !validTo.isBefore(to)));
	}

	public ScopedRole scopedRole() {
		return new ScopedRole(role, new Scope(scopeType, scopeId));
	}

	public long getAccountId() {
		return accountId;
	}

	public Role getRole() {
		return role;
	}

	public Scope getScope() {
		return new Scope(scopeType, scopeId);
	}

	public Instant getValidFrom() {
		return validFrom;
	}

	public @Nullable Instant getValidTo() {
		return validTo;
	}

	public @Nullable Long getGrantedBy() {
		return grantedBy;
	}

	public @Nullable Long getLegalActId() {
		return legalActId;
	}

	public @Nullable Instant getRevokedAt() {
		return revokedAt;
	}

	public @Nullable Long getRevokedBy() {
		return revokedBy;
	}

}
