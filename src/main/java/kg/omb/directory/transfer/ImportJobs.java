package kg.omb.directory.transfer;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The imports, and the progress the worker writes while one runs. */
interface ImportJobs extends JpaRepository<ImportJob, Long> {

	List<ImportJob> findByStartedByOrderByCreatedAtDescIdDesc(long startedBy, Limit limit);

	List<ImportJob> findAllByOrderByCreatedAtDescIdDesc(Limit limit);

	/** Moves an unfinished job on, without touching its version: the import's own transaction may hold it. */
	@Modifying
	@Query("""
			update ImportJob j set j.phase = :phase, j.processed = :processed, j.total = :total, j.updatedAt = :now
			where j.id = :id and j.phase not in (kg.omb.directory.transfer.ImportPhase.SUCCEEDED,
			kg.omb.directory.transfer.ImportPhase.REJECTED, kg.omb.directory.transfer.ImportPhase.FAILED)""")
	int progress(long id, ImportPhase phase, int processed, @Nullable Integer total, Instant now);

}
