package kg.omb.directory.transfer;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes how far a running import is, each time in a short transaction of its own (even while the import's own
 * transaction is open), so that the job's page on any node reads it at once. Writes are spaced out by rows, so a
 * large file does not cost a write per row.
 */
@Component
class ImportProgress {

	/** A progress write every this many rows. */
	static final int EVERY = 100;

	private final ImportJobs jobs;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	ImportProgress(ImportJobs jobs, PlatformTransactionManager transactions, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void enter(long jobId, ImportPhase phase, int processed, @Nullable Integer total) {
		ownTransaction.executeWithoutResult(status -> jobs.progress(jobId, phase, processed, total, clock.instant()));
	}

	/** Writes the count when it reaches the next step. */
	void count(long jobId, ImportPhase phase, int processed, @Nullable Integer total) {
		if (processed % EVERY == 0) {
			enter(jobId, phase, processed, total);
		}
	}

}
