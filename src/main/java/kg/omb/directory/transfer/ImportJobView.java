package kg.omb.directory.transfer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.table.TableFormat;

/**
 * An import as its page shows it: what and which file, who started it, the phase, rows processed of how many
 * ({@code total} unknown while the file is read), and, once finished, the counts, the number of errors and warnings
 * found, or the reason it failed.
 */
public record ImportJobView(long id, ImportKind kind, TableFormat format, long fileId, String fileName,
		@Nullable Long startedBy, String startedByName, ImportPhase phase, int processed, @Nullable Integer total,
		Counts counts, int errorCount, int warningCount, @Nullable String failureKey, @Nullable Instant startedAt,
		@Nullable Instant finishedAt) {

	/** How far it is, in whole percent, while the total is known. */
	public @Nullable Integer percent() {
		if (phase.finished()) {
			return 100;
		}
		if (total == null || total == 0) {
			return null;
		}
		return Math.min(100, processed * 100 / total);
	}

}
