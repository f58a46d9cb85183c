package kg.omb.directory.transfer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.table.TableFormat;
import kg.omb.shared.Actor;
import kg.omb.shared.BaseEntity;

/**
 * One import of a file: what it imports, the stored file, who started it, and how far it got. Its progress is
 * written by the worker in short transactions of their own ({@link ImportProgress}), so that the page on any node
 * reads it while the import's own transaction is still open; the outcome is written in that transaction, so it is
 * there exactly when the data is.
 */
@Entity
@Table(name = "import_job")
class ImportJob extends BaseEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ImportKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private TableFormat format;

	@Column(name = "file_id", nullable = false, updatable = false)
	private long fileId;

	@Column(name = "file_name", nullable = false, updatable = false)
	private String fileName;

	@Column(name = "started_by", updatable = false)
	private @Nullable Long startedBy;

	@Column(name = "started_by_name", nullable = false, updatable = false)
	private String startedByName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ImportPhase phase = ImportPhase.QUEUED;

	private int processed;

	private @Nullable Integer total;

	@Column(name = "created_count")
	private int created;

	@Column(name = "updated_count")
	private int updated;

	@Column(name = "unchanged_count")
	private int unchanged;

	@Column(name = "error_count")
	private int errors;

	@Column(name = "warning_count")
	private int warnings;

	@Column(name = "failure_key")
	private @Nullable String failureKey;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	protected ImportJob() {
		this.kind = ImportKind.ORGANIZATIONS;
		this.format = TableFormat.CSV;
		this.fileName = "";
		this.startedByName = "";
	}

	ImportJob(ImportKind kind, TableFormat format, long fileId, String fileName, Actor startedBy) {
		this.kind = kind;
		this.format = format;
		this.fileId = fileId;
		this.fileName = fileName;
		this.startedBy = startedBy.accountId();
		this.startedByName = startedBy.name();
	}

	/** Every row imported: how many were new, changed, or already as the file has them. */
	void succeed(Counts counts, int warningCount, Instant now) {
		this.created = counts.created();
		this.updated = counts.updated();
		this.unchanged = counts.unchanged();
		this.processed = counts.total();
		this.total = counts.total();
		this.warnings = warningCount;
		finish(ImportPhase.SUCCEEDED, now);
	}

	/** Nothing imported because of what the file holds; the problems are kept beside the job. */
	void reject(int errorCount, int warningCount, Instant now) {
		this.errors = errorCount;
		this.warnings = warningCount;
		this.created = 0;
		this.updated = 0;
		this.unchanged = 0;
		finish(ImportPhase.REJECTED, now);
	}

	/** Nothing imported, for a reason outside the file (a message key the page shows). */
	void fail(String messageKey, Instant now) {
		this.failureKey = messageKey;
		this.created = 0;
		this.updated = 0;
		this.unchanged = 0;
		finish(ImportPhase.FAILED, now);
	}

	private void finish(ImportPhase outcome, Instant now) {
		if (phase.finished()) {
			throw new IllegalStateException("Import " + getId() + " has finished already (" + phase + ")");
		}
		this.phase = outcome;
		this.finishedAt = now;
	}

	ImportJobView view() {
		return new ImportJobView(id(), kind, format, fileId, fileName, startedBy, startedByName, phase, processed,
				total, new Counts(created, updated, unchanged), errors, warnings, failureKey, getCreatedAt(),
				finishedAt);
	}

	ImportKind kind() {
		return kind;
	}

	TableFormat format() {
		return format;
	}

	long fileId() {
		return fileId;
	}

	ImportPhase phase() {
		return phase;
	}

}
