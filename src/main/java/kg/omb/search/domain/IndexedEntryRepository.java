package kg.omb.search.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndexedEntryRepository extends JpaRepository<IndexedEntry, Long> {

	Optional<IndexedEntry> findByTypeAndSourceId(String type, long sourceId);

	List<IndexedEntry> findByTypeAndOwnerId(String type, long ownerId);

	List<IndexedEntry> findByType(String type);

	long countByType(String type);

}
