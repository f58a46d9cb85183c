package kg.omb.surveys.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sums of a round's accepted answers, kept as answers are accepted or leave that state, so that consolidating
 * a national round reads a few thousand totals instead of grouping every figure of every answer (1.5 million for
 * 210 organisations × 600 rows × 12 figures). Per round, specialty, level and figure: the sum and the number of
 * accepted answers that gave it (a line whose count falls to zero is removed, as if it had never been summed); per
 * accepted answer, the sum of each figure. Both are set-based statements over the answer's stored cells, in the
 * transaction of the decision; the round's row is locked first, so that two decisions on one round are summed one
 * after the other.
 */
@Component
class AcceptedTotals {

	private static final String SOURCE = "merge into survey_round_total t using (select cast(? as bigint) as round_id, "
			+ "specialty_code, level_code, column_code, amount from survey_answer_cell where answer_id = ?) c "
			+ "on t.round_id = c.round_id and t.specialty_code = c.specialty_code and t.level_code = c.level_code "
			+ "and t.column_code = c.column_code ";

	private final JdbcTemplate jdbc;

	AcceptedTotals(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds an answer that has just been accepted. */
	void add(long roundId, long answerId) {
		lock(roundId);
		jdbc.update(SOURCE + "when matched then update set amount = t.amount + c.amount, answers = t.answers + 1 "
				+ "when not matched then insert (round_id, specialty_code, level_code, column_code, amount, answers) "
				+ "values (c.round_id, c.specialty_code, c.level_code, c.column_code, c.amount, 1)", roundId, answerId);
		jdbc.update("insert into survey_answer_total (answer_id, column_code, amount) select answer_id, column_code, "
				+ "sum(amount) from survey_answer_cell where answer_id = ? group by answer_id, column_code", answerId);
	}

	/** Takes out an answer that was accepted and is not any more. */
	void remove(long roundId, long answerId) {
		lock(roundId);
		jdbc.update(SOURCE + "when matched then update set amount = t.amount - c.amount, answers = t.answers - 1",
				roundId, answerId);
		jdbc.update("delete from survey_round_total where round_id = ? and answers = 0", roundId);
		jdbc.update("delete from survey_answer_total where answer_id = ?", answerId);
	}

	private void lock(long roundId) {
		jdbc.queryForList("select id from survey_round where id = ? for update", Long.class, roundId);
	}

}
