package kg.omb.directory.transfer;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import kg.omb.shared.table.TableFormat;

import static kg.omb.directory.transfer.TransferFixtures.admin;
import static kg.omb.directory.transfer.TransferFixtures.awaitFinished;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long import shows its progress: a real import of several hundred organisations runs as the background job it
 * is, and each time the worker writes how far it got, the test reads the job back from the job store (as the
 * job's page on any node would) while the import is still running. No timing: the readings are taken at the
 * worker's own progress writes, so the test sees the same values on every run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ImportProgressTests.ReadBack.class)
class ImportProgressTests extends ImportTestSupport {

	static final int ROWS = 350;

	@Autowired
	ReadingProgress readings;

	@Test
	void aLongImportsProgressMovesForwardWhileItRunsAndEndsAtTheRowCount() throws Exception {
		byte[] file = ImportBenchmark.file(ImportKind.ORGANIZATIONS, TableFormat.CSV, ROWS);

		long job = upload(ImportKind.ORGANIZATIONS, "uyumdar.csv", file, admin());

		assertThat(awaitFinished(jdbc, job)).isEqualTo("SUCCEEDED");
		assertThat(counts(job)).containsExactly(ROWS, 0, 0);
		List<Integer> end = jdbc.queryForObject("select processed, total from import_job where id = ?",
				(rs, i) -> List.of(rs.getInt(1), rs.getInt(2)), job);
		assertThat(end)
			.as("the job ends with every row done")
			.containsExactly(ROWS, ROWS);

		List<Reading> seen = readings.of(job);
		assertThat(seen).as("every reading was taken before the job ended")
			.allMatch(reading -> !ImportPhase.valueOf(reading.phase()).finished());
		assertThat(processed(seen, ImportPhase.READING)).containsExactly(0, 100, 200, 300);
		assertThat(processed(seen, ImportPhase.CHECKING)).containsExactly(0);
		List<Integer> importing = processed(seen, ImportPhase.IMPORTING);
		assertThat(importing).containsExactly(0, 100, 200, 300).isSorted();
		assertThat(importing).as("at least one value between the start and the end").anyMatch(done -> done > 0);
		assertThat(seen).filteredOn(reading -> !reading.phase().equals(ImportPhase.READING.name()))
			.allMatch(reading -> Integer.valueOf(ROWS).equals(reading.total()));
	}

	private static List<Integer> processed(List<Reading> seen, ImportPhase phase) {
		return seen.stream().filter(reading -> reading.phase().equals(phase.name())).map(Reading::processed).toList();
	}

	/** The job as the job store held it just after one of the worker's progress writes. */
	record Reading(long jobId, String phase, int processed, @Nullable Integer total) {
	}

	/** The worker's progress, read back from the job store (in a connection of its own) after each write. */
	static class ReadingProgress extends ImportProgress {

		private final JdbcTemplate jdbc;

		private final List<Reading> readings = new CopyOnWriteArrayList<>();

		ReadingProgress(ImportJobs jobs, PlatformTransactionManager transactions, Clock clock, JdbcTemplate jdbc) {
			super(jobs, transactions, clock);
			this.jdbc = jdbc;
		}

		@Override
		void enter(long jobId, ImportPhase phase, int processed, @Nullable Integer total) {
			super.enter(jobId, phase, processed, total);
			readings.add(jdbc.queryForObject("select phase, processed, total from import_job where id = ?",
					(rs, i) -> new Reading(jobId, rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3)), jobId));
		}

		List<Reading> of(long jobId) {
			return readings.stream().filter(reading -> reading.jobId() == jobId).toList();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ReadBack {

		@Bean
		@Primary
		ReadingProgress readingProgress(ImportJobs jobs, PlatformTransactionManager transactions, Clock clock,
				JdbcTemplate jdbc) {
			return new ReadingProgress(jobs, transactions, clock, jdbc);
		}

	}

}
