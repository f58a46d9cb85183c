package kg.omb.directory.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The authorized bodies. */
interface AuthorizedBodies extends JpaRepository<AuthorizedBody, Long> {

	Optional<AuthorizedBody> findByCode(String code);

	boolean existsByCode(String code);

	List<AuthorizedBody> findAllByOrderByCodeAsc();

}
