package kg.omb.association.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CouncilRepository extends Repository<ConsultativeCouncil, Long> {

	ConsultativeCouncil save(ConsultativeCouncil council);

	Optional<ConsultativeCouncil> findById(long id);

	Optional<ConsultativeCouncil> findByAuthorityId(long authorityId);

	List<ConsultativeCouncil> findAllByOrderByIdAsc();

}
