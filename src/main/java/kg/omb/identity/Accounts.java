package kg.omb.identity;

import java.util.List;
import java.util.Optional;

/** The identity module's API for other modules: who an account is, and who holds a role in a scope. */
public interface Accounts {

	Optional<AccountView> find(long accountId);

	/** The account with this e-mail address, compared without regard to case. */
	Optional<AccountView> findByEmail(String email);

	/** Active accounts holding the role now, with a grant that covers the scope. */
	List<AccountView> holding(Role role, Scope scope);

}
