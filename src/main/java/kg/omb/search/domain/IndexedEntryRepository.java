package kg.omb.search.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import kg.omb.search.PublicPage;

interface IndexedEntryRepository extends JpaRepository<IndexedEntry, Long> {

	Optional<IndexedEntry> findByTypeAndSourceId(String type, long sourceId);

	List<IndexedEntry> findByTypeAndOwnerId(String type, long ownerId);

	List<IndexedEntry> findByType(String type);

	long countByType(String type);

	/** Whole pages only: a part's address points into the page of what it is part of. */
	@Query("select new kg.omb.search.PublicPage(e.path, e.updatedAt) from IndexedEntry e"
			+ " where e.path not like '%#%' order by e.updatedAt desc, e.id desc")
	List<PublicPage> findPages(Pageable page);

}
