package kg.omb.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;

/** Answers other modules' questions about accounts and who holds which role. */
@Service
@Transactional(readOnly = true)
class AccountDirectory implements Accounts {

	private final AccountRepository accounts;

	private final RoleGrantRepository grants;

	private final Clock clock;

	AccountDirectory(AccountRepository accounts, RoleGrantRepository grants, Clock clock) {
		this.accounts = accounts;
		this.grants = grants;
		this.clock = clock;
	}

	@Override
	public Optional<AccountView> find(long accountId) {
		return accounts.findById(accountId).map(Account::view);
	}

	@Override
	public Optional<AccountView> findByEmail(String email) {
		return accounts.findByEmail(Account.normalizeEmail(email)).map(Account::view);
	}

	@Override
	public List<AccountView> holding(Role role, Scope scope) {
		Instant now = Instant.now(clock);
		List<Long> ids = grants.findEffectiveByRole(role, now)
			.stream()
			.filter(grant -> grant.getScope().covers(scope))
			.map(RoleGrant::getAccountId)
			.distinct()
			.toList();
		return accounts.findAllById(ids).stream().filter(Account::isActive).map(Account::view).toList();
	}

}
