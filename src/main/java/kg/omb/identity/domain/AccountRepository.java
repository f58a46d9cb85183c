package kg.omb.identity.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String normalizedEmail);

	boolean existsByEmail(String normalizedEmail);

	@Query("""
			select a from Account a
			where lower(a.email) like lower(concat('%', :text, '%'))
			   or lower(a.displayName) like lower(concat('%', :text, '%'))""")
	Page<Account> search(String text, Pageable pageable);

}
