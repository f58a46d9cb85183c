package kg.omb.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopedRole;
import kg.omb.identity.TestPrincipal;

/** Accounts and grants for tests, written straight to the database (no rules, no audit). */
public class IdentityFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private AdministeredAccounts accounts;

	private GrantLedger grants;

	private Clock clock;

	@Autowired
	void wire(AdministeredAccounts accounts, GrantLedger grants, Clock clock) {
		this.accounts = accounts;
		this.grants = grants;
		this.clock = clock;
	}

	/** A new active staff account named after the hint, with the given roles granted now, open-ended. */
	@Transactional
	public Person person(String nameHint, ScopedRole... roles) {
		int number = SEQUENCE.incrementAndGet();
		Account account = accounts.save(Account.staff(nameHint.toLowerCase(Locale.ROOT) + "-" + number + "@omb.test",
				nameHint + " " + number, "{noop}not-used", Locale.forLanguageTag("ky"), Instant.now(clock)));
		List<Long> grantIds = new ArrayList<>();
		for (ScopedRole role : roles) {
			grantIds.add(grants.save(new RoleGrant(account.id(), role, Instant.now(clock), null, null, null)).id());
		}
		return new Person(account.id(), account.getEmail(), account.getDisplayName(), List.of(roles), grantIds);
	}

	@Transactional
	public long grant(long accountId, Role role, Scope scope, Instant from, Instant to) {
		return grants.save(new RoleGrant(accountId, new ScopedRole(role, scope), from, to, null, null)).id();
	}

	@Transactional(readOnly = true)
	public long grantVersion(long grantId) {
		return grants.findById(grantId).orElseThrow().getVersion();
	}

	@Transactional(readOnly = true)
	public long accountVersion(long accountId) {
		return accounts.findById(accountId).orElseThrow().getVersion();
	}

	@Transactional(readOnly = true)
	public AccountStatus status(long accountId) {
		return accounts.findById(accountId).orElseThrow().getStatus();
	}

	/** Revokes every ADMIN grant in force now except the given account's, as if they were the only administrator. */
	@Transactional
	public void makeOnlyAdministrator(long accountId) {
		grants.lockEffectiveAdminGrants(Instant.now(clock))
			.stream()
			.filter(grant -> grant.getAccountId() != accountId)
			.forEach(grant -> grant.revoke(null, Instant.now(clock)));
	}

	/** A test account: its id, e-mail, name, roles and the ids of their grants, in order. */
	public record Person(long id, String email, String displayName, List<ScopedRole> roles, List<Long> grantIds) {

		public Authentication authentication() {
			return TestPrincipal.authentication(id, email, roles.toArray(ScopedRole[]::new));
		}

	}

}
