package kg.omb.directory.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The organisations; searched with {@link OrganizationSearch} specifications. */
interface Organizations extends JpaRepository<Organization, Long>, JpaSpecificationExecutor<Organization> {

	Optional<Organization> findByCode(String code);

	boolean existsByCode(String code);

	List<Organization> findByAuthorityIdIn(java.util.Collection<Long> authorityIds);

}
