package kg.omb.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.shared.Actor;
import kg.omb.shared.NotFoundException;

/**
 * The administrator's view of accounts: finding them, reading their grants and history, deactivating and
 * reactivating them. A deactivated account keeps its grants and history; it is signed out everywhere at once and
 * can no longer sign in.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

	public static final int PAGE_SIZE = 20;

	private final AdministeredAccounts accounts;

	private final GrantLedger grants;

	private final TwoFactorCredentials twoFactor;

	private final RoleGrantService roleGrants;

	private final AuditLog audit;

	private final SignedInSessions signedIn;

	private final Clock clock;

	private final LastAdministratorPolicy lastAdministrator = new LastAdministratorPolicy();

	AccountAdministration(AdministeredAccounts accounts, GrantLedger grants, TwoFactorCredentials twoFactor,
			RoleGrantService roleGrants, AuditLog audit, SignedInSessions signedIn, Clock clock) {
		this.accounts = accounts;
		this.grants = grants;
		this.twoFactor = twoFactor;
		this.roleGrants = roleGrants;
		this.audit = audit;
		this.signedIn = signedIn;
		this.clock = clock;
	}

	/** Accounts whose name or e-mail contains the text (all when blank), by name, 20 a page (from 0). */
	public Page<AccountSummary> search(@Nullable String text, int page) {
		String pattern = "%" + escapeLike(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
		Page<Account> found = accounts.search(pattern,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("displayName", "email", "id")));
		List<Long> ids = found.getContent().stream().map(Account::id).toList();
		Map<Long, List<RoleGrant>> held = ids.isEmpty() ? Map.of()
				: grants.findEffective(ids, Instant.now(clock))
					.stream()
					.collect(Collectors.groupingBy(RoleGrant::getAccountId));
		return found.map(account -> new AccountSummary(account.id(), account.getEmail(), account.getDisplayName(),
				account.getStatus(),
				held.getOrDefault(account.id(), List.of()).stream().map(RoleGrant::scopedRole).toList()));
	}

	public AccountDetails account(long accountId) {
		Account account = accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("admin.error.account-not-found"));
		Instant now = Instant.now(clock);
		List<RoleGrant> all = grants.findByAccountIdOrderByValidFromDescIdDesc(accountId);
		Map<Long, String> names = namesOf(all);
		List<GrantHistoryEntry> entries = all.stream().map(grant -> entry(grant, names, now)).toList();
		return new AccountDetails(account.id(), account.getVersion(), account.getEmail(), account.getDisplayName(),
				account.getStatus(), account.getLanguage(), account.getCreatedAt(), account.getEmailVerifiedAt(),
				account.getDeactivatedAt(), twoFactor.existsByAccountIdAndEnabledAtIsNotNull(accountId),
				entries.stream().filter(entry -> entry.state().current()).toList(),
				entries.stream().filter(entry -> !entry.state().current()).toList());
	}

	/** Deactivates the account as it was when the administrator saw it; refused if it changed since. */
	@Transactional
	public void deactivate(long accountId, long expectedVersion) {
		Account account = lockCurrent(accountId, expectedVersion);
		Instant now = Instant.now(clock);
		lastAdministrator
			.checkDeactivation(accountId, Actor.current().accountId(),
					roleGrants.effectiveAdminGrantsOfActiveAccounts(now))
			.orThrow();
		account.deactivate(now);
		audit.record("account.deactivated", "account", accountId, Map.of("email", account.getEmail()));
		signedIn.endAllOf(account.getEmail());
	}

	@Transactional
	public void reactivate(long accountId, long expectedVersion) {
		Account account = lockCurrent(accountId, expectedVersion);
		account.reactivate();
		audit.record("account.reactivated", "account", accountId, Map.of("email", account.getEmail()));
	}

	private Account lockCurrent(long accountId, long expectedVersion) {
		Account account = accounts.lockById(accountId)
			.orElseThrow(() -> new NotFoundException("admin.error.account-not-found"));
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Account.class, accountId);
		}
		return account;
	}

	private Map<Long, String> namesOf(Collection<RoleGrant> all) {
		Set<Long> ids = new HashSet<>();
		for (RoleGrant grant : all) {
			if (grant.getGrantedBy() != null) {
				ids.add(grant.getGrantedBy());
			}
			if (grant.getRevokedBy() != null) {
				ids.add(grant.getRevokedBy());
			}
		}
		return accounts.findAllById(ids).stream().collect(Collectors.toMap(Account::id, Account::getDisplayName));
	}

	private static GrantHistoryEntry entry(RoleGrant grant, Map<Long, String> names, Instant now) {
		Function<@Nullable Long, @Nullable String> name = id -> id == null ? null : names.get(id);
		return new GrantHistoryEntry(grant.id(), grant.getVersion(), grant.getRole(), grant.getScope(),
				grant.getValidFrom(), grant.getValidTo(), name.apply(grant.getGrantedBy()), grant.getLegalActId(),
				grant.getRevokedAt(), name.apply(grant.getRevokedBy()), GrantState.of(grant, now));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
