package kg.omb.identity.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Accounts as the administration finds and changes them. */
interface AdministeredAccounts extends Repository<Account, Long> {

	Optional<Account> findById(long id);

	List<Account> findAllById(Iterable<Long> ids);

	Account save(Account account);

	/** The account, locked until the transaction ends: grants to one account are made one after another. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.id = :id")
	Optional<Account> lockById(long id);

	/** Accounts whose e-mail or name contains the pattern ({@code %} and {@code _} escaped with a backslash). */
	@Query("""
			select a from Account a
			where lower(a.email) like :pattern escape '\\'
			   or lower(a.displayName) like :pattern escape '\\'""")
	Page<Account> search(String pattern, Pageable pageable);

}
