package kg.omb.directory.transfer;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.audit.AuditLog;
import kg.omb.shared.table.TableFormat;
import kg.omb.files.StoredFile;
import kg.omb.files.StoredFiles;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * Imports of organisations and of the classifier, for administrators and authority officers. An upload is checked
 * by the files module (size, content, zip bombs) and must be CSV or XLSX by its content; it is kept, with a job
 * that a worker runs in the background. A job is seen by the person who started it and by administrators; to
 * anyone else it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class Imports {

	/** Problems shown on one page of a job's report. */
	public static final int PAGE_SIZE = 50;

	private static final int RECENT = 20;

	private final ImportJobs jobs;

	private final ImportProblems problems;

	private final ImportRunner runner;

	private final ImportWorkers workers;

	private final StoredFiles files;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	Imports(ImportJobs jobs, ImportProblems problems, ImportRunner runner, ImportWorkers workers, StoredFiles files,
			AuditLog audit, PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.problems = problems;
		this.runner = runner;
		this.workers = workers;
		this.files = files;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Whether the signed-in person may import at all (an administrator or an authority officer). */
	public boolean mayImport() {
		try {
			ImporterRights.of(person());
			return true;
		}
		catch (org.springframework.security.access.AccessDeniedException denied) {
			return false;
		}
	}

	/**
	 * Keeps the upload and starts its import in the background.
	 * @return the job's id
	 * @throws org.springframework.security.access.AccessDeniedException when the person may not import
	 * @throws DomainException {@code transfer.error.not-tabular} for a file that is neither CSV nor XLSX by its
	 * content, {@code transfer.error.busy} when too many imports are waiting, or the files module's refusals
	 * ({@code files.error.empty}, {@code files.error.too-large}, ...)
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
	public long start(ImportKind kind, InputStream content, String fileName, long declaredSize) {
		ImporterRights rights = ImporterRights.of(person());
		Long id = transaction.execute(status -> {
			StoredFile file = store(content, fileName, declaredSize);
			TableFormat format = TableFormat.ofMediaType(file.mediaType())
				.orElseThrow(() -> new DomainException("transfer.error.not-tabular"));
			ImportJob job = jobs.save(new ImportJob(kind, format, file.id(), file.originalName(), Actor.current()));
			audit.record("directory.import.started", "import-job", job.id(), Map.of("kind", kind.name(), "fileId",
					file.id(), "name", file.originalName(), "format", format.name()));
			return job.id();
		});
		long jobId = Objects.requireNonNull(id);
		try {
			workers.submit(() -> runner.run(jobId, rights));
		}
		catch (RejectedExecutionException busy) {
			runner.fail(jobId, "transfer.error.busy");
			throw new DomainException("transfer.error.busy");
		}
		return jobId;
	}

	/** The job, if the person may see it. */
	public ImportJobView job(long id) {
		return visible(id).view();
	}

	/** The person's latest imports; an administrator's list has everyone's. */
	public List<ImportJobView> recent() {
		ImporterRights rights = ImporterRights.of(person());
		List<ImportJob> found = rights.administrator() ? jobs.findAllByOrderByCreatedAtDescIdDesc(Limit.of(RECENT))
				: jobs.findByStartedByOrderByCreatedAtDescIdDesc(accountId(), Limit.of(RECENT));
		return found.stream().map(ImportJob::view).toList();
	}

	/** A page (from 0) of the errors found in the job's file, in the order they were found. */
	public List<RowError> errors(long id, int page) {
		visible(id);
		return problems.page(id, ImportProblems.ERROR, Math.max(0, page), PAGE_SIZE);
	}

	/** A page (from 0) of the warnings. */
	public List<RowError> warnings(long id, int page) {
		visible(id);
		return problems.page(id, ImportProblems.WARNING, Math.max(0, page), PAGE_SIZE);
	}

	/** Every problem of the job, errors first, one at a time (for the downloadable report). */
	public void report(long id, Consumer<ReportedProblem> line) {
		visible(id);
		problems.each(id, problem -> line.accept(new ReportedProblem(problem.isError(), problem.error())));
	}

	private ImportJob visible(long id) {
		ImportJob job = jobs.findById(id).orElseThrow(() -> new NotFoundException("transfer.error.job-not-found"));
		boolean administrator = ImporterRights.of(person()).administrator();
		if (!administrator && !Objects.equals(job.view().startedBy(), Actor.currentAccountId().orElse(null))) {
			throw new NotFoundException("transfer.error.job-not-found");
		}
		return job;
	}

	private StoredFile store(InputStream content, String fileName, long declaredSize) {
		try {
			return files.store(content, fileName, declaredSize, Actor.current());
		}
		catch (DomainException refused) {
			if ("files.error.type-not-allowed".equals(refused.messageKey())) {
				throw new DomainException("transfer.error.not-tabular");
			}
			throw refused;
		}
	}

	private static long accountId() {
		return Actor.currentAccountId().orElse(-1L);
	}

	private static @Nullable Authentication person() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

}
