package kg.omb.association.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface BylawsRepository extends Repository<BylawsVersion, Long> {

	BylawsVersion save(BylawsVersion version);

	Optional<BylawsVersion> findById(long id);

	List<BylawsVersion> findByAssociationIdOrderByNumberDesc(long associationId);

	Optional<BylawsVersion> findFirstByAssociationIdOrderByNumberDesc(long associationId);

	boolean existsByFileId(long fileId);

}
