package kg.omb.directory.transfer;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The problems found in an import's file, written in batches (a bad file may have thousands) and read back a page
 * at a time for the screen or all in order for the downloadable report. Values and arguments are cut to the
 * columns' sizes, between characters.
 */
@Component
class ImportProblems {

	static final String ERROR = "ERROR";

	static final String WARNING = "WARNING";

	private static final String ARGUMENT_SEPARATOR = "\u001F";

	private static final int BATCH = 500;

	private static final RowMapper<RowError> ROW = (rs, i) -> new RowError(rs.getInt("row_no"),
			rs.getString("column_name"), rs.getString("cell_value"), rs.getString("message_key"),
			arguments(rs.getString("message_args")));

	private final JdbcTemplate jdbc;

	ImportProblems(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void save(long jobId, String severity, List<RowError> problems) {
		for (int from = 0; from < problems.size(); from += BATCH) {
			List<RowError> batch = problems.subList(from, Math.min(problems.size(), from + BATCH));
			jdbc.batchUpdate("""
					insert into import_problem (job_id, severity, row_no, column_name, cell_value, message_key,
					message_args) values (?, ?, ?, ?, ?, ?, ?)""", batch, batch.size(), (statement, problem) -> {
				statement.setLong(1, jobId);
				statement.setString(2, severity);
				statement.setInt(3, problem.row());
				statement.setString(4, cut(problem.column(), 100));
				statement.setString(5, cut(problem.value(), 1000));
				statement.setString(6, problem.messageKey());
				statement.setString(7, cut(String.join(ARGUMENT_SEPARATOR, problem.args()), 2000));
			});
		}
	}

	List<RowError> page(long jobId, String severity, int page, int size) {
		return jdbc.query("""
				select row_no, column_name, cell_value, message_key, message_args from import_problem
				where job_id = ? and severity = ? order by id offset ? rows fetch next ? rows only""", ROW, jobId,
				severity, (long) page * size, size);
	}

	/** Every problem of the job, errors first, in the order they were found, handed one at a time. */
	void each(long jobId, java.util.function.Consumer<Problem> consumer) {
		jdbc.query("""
				select severity, row_no, column_name, cell_value, message_key, message_args from import_problem
				where job_id = ? order by case when severity = 'ERROR' then 0 else 1 end, id""", rs -> {
			consumer.accept(new Problem(rs.getString("severity"), ROW.mapRow(rs, 0)));
		}, jobId);
	}

	private static List<String> arguments(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(ARGUMENT_SEPARATOR, -1));
	}

	static @Nullable String cut(@Nullable String value, int max) {
		if (value == null || value.codePointCount(0, value.length()) <= max) {
			return value;
		}
		return value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
	}

	/** A problem with its severity, for the report. */
	record Problem(String severity, RowError error) {

		boolean isError() {
			return ERROR.equals(severity);
		}

	}

}
