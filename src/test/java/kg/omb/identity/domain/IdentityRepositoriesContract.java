package kg.omb.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.identity.ScopedRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The queries of the administration and of two-factor sign-in, run against each database the platform supports. Each
 * test runs in a transaction that is rolled back.
 */
@Transactional
abstract class IdentityRepositoriesContract {

	@Autowired
	AdministeredAccounts accounts;

	@Autowired
	GrantLedger grants;

	@Autowired
	TwoFactorCredentials credentials;

	@Autowired
	RecoveryCodes recoveryCodes;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Clock clock;

	@Test
	void findsTheAdministratorGrantsInForceAndLocksThem() {
		Instant now = Instant.now(clock);
		Account current = account("current");
		Account revoked = account("revoked");
		Account expired = account("expired");
		Account future = account("future");
		long inForce = grant(current, Role.ADMIN, Scope.PLATFORM, now.minus(Duration.ofDays(1)), null).id();
		grant(revoked, Role.ADMIN, Scope.PLATFORM, now.minus(Duration.ofDays(1)), null).revoke(null, now);
		grant(expired, Role.ADMIN, Scope.PLATFORM, now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(1)));
		grant(future, Role.ADMIN, Scope.PLATFORM, now.plus(Duration.ofDays(1)), null);
		grant(current, Role.EXPERT, Scope.PLATFORM, now.minus(Duration.ofDays(1)), null);
		entityManager.flush();

		List<Long> mine = List.of(current.id(), revoked.id(), expired.id(), future.id());
		assertThat(grants.lockEffectiveAdminGrants(now))
			.filteredOn(grant -> mine.contains(grant.getAccountId()))
			.extracting(RoleGrant::id)
			.containsExactly(inForce);
	}

	@Test
	void findsTheGrantsInForceOfSeveralAccountsAtOnce() {
		Instant now = Instant.now(clock);
		Account first = account("first");
		Account second = account("second");
		grant(first, Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, 7), now.minus(Duration.ofDays(1)), null);
		grant(second, Role.SECTION_HEAD, Scope.of(ScopeType.SECTION, 12), now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(1)));
		grant(second, Role.EXPERT, Scope.PLATFORM, now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(1)));
		entityManager.flush();

		assertThat(grants.findEffective(List.of(first.id(), second.id()), now)).extracting(RoleGrant::scopedRole)
			.containsExactlyInAnyOrder(new ScopedRole(Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, 7)),
					new ScopedRole(Role.SECTION_HEAD, Scope.of(ScopeType.SECTION, 12)));
		assertThat(grants.findByAccountIdOrderByValidFromDescIdDesc(second.id())).hasSize(2);
	}

	@Test
	void searchMatchesPartsOfNameOrEmailIgnoringCaseAndTakesWildcardsLiterally() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Account named = accounts.save(Account.staff("a-" + tag + "@omb.test", "Айгүл " + tag.toUpperCase(Locale.ROOT),
				"{noop}x", Locale.ROOT, Instant.now(clock)));
		accounts.save(Account.staff("b-" + tag + "@omb.test", "100% " + tag, "{noop}x", Locale.ROOT,
				Instant.now(clock)));
		entityManager.flush();
		var page = PageRequest.of(0, 20, Sort.by("displayName"));

		assertThat(accounts.search("%" + tag + "%", page).getTotalElements()).isEqualTo(2);
		assertThat(accounts.search("%айгүл " + tag + "%", page).getContent()).extracting(Account::id)
			.containsExactly(named.id());
		assertThat(accounts.search("%100\\% " + tag + "%", page).getTotalElements()).isEqualTo(1);
		assertThat(accounts.search("%1\\_0%" + tag + "%", page).getTotalElements()).isZero();
		assertThat(accounts.lockById(named.id())).contains(named);
	}

	@Test
	void keepsOneTwoFactorCredentialPerAccountAndItsRecoveryCodes() {
		Account account = account("two-factor");
		TwoFactorCredential credential = credentials.save(new TwoFactorCredential(account.id(), "sealed"));
		credential.enable(1000, Instant.now(clock));
		recoveryCodes.save(new RecoveryCode(account.id(), "a".repeat(64)));
		recoveryCodes.save(new RecoveryCode(account.id(), "b".repeat(64)));
		entityManager.flush();

		assertThat(credentials.existsByAccountIdAndEnabledAtIsNotNull(account.id())).isTrue();
		assertThat(credentials.findByAccountId(account.id())).get()
			.extracting(TwoFactorCredential::lastUsedStepOrMinimum)
			.isEqualTo(1000L);
		recoveryCodes.findByAccountIdAndCodeHash(account.id(), "a".repeat(64)).orElseThrow().use(Instant.now(clock));
		entityManager.flush();
		assertThat(recoveryCodes.countByAccountIdAndUsedAtIsNull(account.id())).isEqualTo(1);
		recoveryCodes.deleteByAccountId(account.id());
		entityManager.flush();
		assertThat(recoveryCodes.findByAccountId(account.id())).isEmpty();

		assertThatThrownBy(() -> {
			credentials.save(new TwoFactorCredential(account.id(), "another"));
			entityManager.flush();
		}).isInstanceOfAny(DataIntegrityViolationException.class, jakarta.persistence.PersistenceException.class,
				org.hibernate.exception.ConstraintViolationException.class);
	}

	Account account(String hint) {
		return accounts.save(Account.staff(hint + "-" + UUID.randomUUID() + "@omb.test", hint, "{noop}x", Locale.ROOT,
				Instant.now(clock)));
	}

	RoleGrant grant(Account account, Role role, Scope scope, Instant from, Instant to) {
		return grants.save(new RoleGrant(account.id(), new ScopedRole(role, scope), from, to, null, null));
	}

}
