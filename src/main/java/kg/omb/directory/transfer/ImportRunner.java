package kg.omb.directory.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.audit.AuditLog;
import kg.omb.directory.transfer.ImportTarget.Planned;
import kg.omb.shared.table.TableReader;
import kg.omb.files.StoredFiles;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * Runs one import on a worker: reads the stored file into records, checking every cell; checks the rows against each
 * other and the directory; and only when nothing is wrong writes them all in one transaction. Any error in the file
 * rejects it whole, with every problem kept for the report; a failure outside the file (the database, a bug) fails
 * the job, and in either case nothing of the file is written.
 */
@Component
class ImportRunner {

	private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

	/** Rows written between two clearings of the persistence context. */
	static final int FLUSH_EVERY = 50;

	private final ImportJobs jobs;

	private final ImportProblems problemStore;

	private final ImportProgress progress;

	private final Map<ImportKind, ImportTarget<?>> targets = new LinkedHashMap<>();

	private final StoredFiles files;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransferProperties properties;

	private final EntityManager entityManager;

	ImportRunner(ImportJobs jobs, ImportProblems problemStore, ImportProgress progress, List<ImportTarget<?>> targets,
			StoredFiles files, AuditLog audit, Clock clock, PlatformTransactionManager transactions,
			TransferProperties properties, EntityManager entityManager) {
		this.jobs = jobs;
		this.problemStore = problemStore;
		this.progress = progress;
		targets.forEach(target -> this.targets.put(target.kind(), target));
		this.files = files;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.properties = properties;
		this.entityManager = entityManager;
	}

	ImportTarget<?> target(ImportKind kind) {
		ImportTarget<?> target = targets.get(kind);
		if (target == null) {
			throw new IllegalStateException("No import of " + kind);
		}
		return target;
	}

	void run(long jobId, ImporterRights rights) {
		try {
			ImportJob job = transaction.execute(status -> find(jobId));
			run(job, target(job.kind()), rights);
		}
		catch (RuntimeException | IOException failure) {
			String key = failure instanceof OptimisticLockingFailureException ? "transfer.error.concurrent-change"
					: "transfer.error.failed";
			LOG.error("Import {} failed", jobId, failure);
			fail(jobId, key);
		}
	}

	/** Ends a job that could not run, with the reason the page shows. */
	void fail(long jobId, String messageKey) {
		transaction.executeWithoutResult(status -> {
			ImportJob job = find(jobId);
			job.fail(messageKey, clock.instant());
			audit.record("directory.import.failed", "import-job", jobId, Map.of("reason", messageKey));
		});
	}

	private <R> void run(ImportJob job, ImportTarget<R> target, ImporterRights rights) throws IOException {
		long id = job.id();
		Problems problems = new Problems();
		progress.enter(id, ImportPhase.READING, 0, null);
		FileRows<R> rows = read(job, target, problems);
		if (!problems.hasErrors() && rows.read() == 0) {
			problems.error(Header.ROW + 1, null, null, "transfer.error.no-rows");
		}
		if (problems.hasErrors() && rows.rows().isEmpty()) {
			reject(id, problems);
			return;
		}
		int total = rows.read();
		progress.enter(id, ImportPhase.CHECKING, 0, total);
		// the rows that read well are checked against each other and the directory even when others did not, so
		// that one report lists everything wrong with the file
		List<Planned<R>> plan = target.plan(rows.rows(), rights, problems);
		if (problems.hasErrors()) {
			reject(id, problems);
			return;
		}
		progress.enter(id, ImportPhase.IMPORTING, 0, total);
		try {
			write(id, target, plan, problems);
		}
		catch (RowRefused refused) {
			LOG.info("Import {} refused by the directory at row {}: {}", id, refused.row(), refused.messageKey());
			Problems refusal = new Problems();
			refusal.error(refused.row(), null, null, refused.messageKey(), refused.arguments());
			reject(id, refusal);
		}
	}

	private <R> FileRows<R> read(ImportJob job, ImportTarget<R> target, Problems problems) throws IOException {
		long id = job.id();
		FileRows<R> rows = new FileRows<>(target, problems, properties.maxRows(),
				read -> progress.count(id, ImportPhase.READING, read, null));
		Path copy = Files.createTempFile("import-" + id + "-", "." + job.format().extension());
		try {
			try (InputStream content = files.open(job.fileId())) {
				Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			TableReader.of(job.format()).read(copy, rows);
		}
		catch (FileRows.HeaderRefused refused) {
			// the header's problem is recorded already
		}
		catch (DomainException wholeFile) {
			problems.error(0, null, null, wholeFile.messageKey(), wholeFile.arguments());
		}
		finally {
			Files.deleteIfExists(copy);
		}
		return rows;
	}

	private <R> void write(long id, ImportTarget<R> target, List<Planned<R>> plan, Problems problems) {
		Counts planned = Counts.NONE;
		for (Planned<R> row : plan) {
			planned = planned.plus(row.outcome());
		}
		Counts counts = planned;
		transaction.executeWithoutResult(status -> {
			AtomicInteger written = new AtomicInteger();
			target.write(plan, () -> {
				int done = written.incrementAndGet();
				if (done % FLUSH_EVERY == 0) {
					// written rows leave the persistence context, or every later flush would check them all again
					entityManager.flush();
					entityManager.clear();
				}
				progress.count(id, ImportPhase.IMPORTING, done, plan.size());
			});
			problemStore.save(id, ImportProblems.WARNING, problems.warnings());
			find(id).succeed(counts, problems.warnings().size(), clock.instant());
			audit.record("directory.import.completed", "import-job", id, Map.of("kind", target.kind().name(),
					"created", counts.created(), "updated", counts.updated(), "unchanged", counts.unchanged()));
		});
	}

	private void reject(long id, Problems problems) {
		transaction.executeWithoutResult(status -> {
			problemStore.save(id, ImportProblems.ERROR, problems.errors());
			problemStore.save(id, ImportProblems.WARNING, problems.warnings());
			find(id).reject(problems.errorCount(), problems.warnings().size(), clock.instant());
			audit.record("directory.import.rejected", "import-job", id, Map.of("errors", problems.errorCount()));
		});
	}

	private ImportJob find(long id) {
		return jobs.findById(id).orElseThrow(() -> new NotFoundException("transfer.error.job-not-found"));
	}

}
