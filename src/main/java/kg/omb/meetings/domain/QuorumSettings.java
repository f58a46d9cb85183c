package kg.omb.meetings.domain;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface QuorumSettings extends Repository<QuorumSetting, Long> {

	QuorumSetting save(QuorumSetting setting);

	Optional<QuorumSetting> findByAssociationId(long associationId);

}
