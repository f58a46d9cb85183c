package kg.omb.association.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

interface HistoryRepository extends Repository<HistoryEntry, Long> {

	HistoryEntry save(HistoryEntry entry);

	List<HistoryEntry> findByAssociationIdOrderByEffectiveOnDescIdDesc(long associationId);

	List<HistoryEntry> findByCouncilIdOrderByEffectiveOnDescIdDesc(long councilId);

	List<HistoryEntry> findByActIdOrderByIdAsc(long actId);

}
