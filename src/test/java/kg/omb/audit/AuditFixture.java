package kg.omb.audit;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Direct access to the audit tables, as someone with the database's password would have it: to start each test
 * from an empty chain, and to tamper with entries behind the application's back.
 */
@TestComponent
public class AuditFixture {

	public static final String GENESIS = "0".repeat(64);

	private final JdbcTemplate jdbc;

	AuditFixture(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	public JdbcTemplate jdbc() {
		return jdbc;
	}

	public void clear() {
		jdbc.update("delete from audit_entry");
		jdbc.update("update audit_chain_head set last_sequence = 0, last_hash = ? where id = 1", GENESIS);
	}

	public List<Map<String, Object>> entries() {
		return jdbc.queryForList("select * from audit_entry order by sequence_number");
	}

	public Map<String, Object> entry(long sequence) {
		return jdbc.queryForMap("select * from audit_entry where sequence_number = ?", sequence);
	}

	public Map<String, Object> lastEntry() {
		return jdbc.queryForMap(
				"select * from audit_entry where sequence_number = (select max(sequence_number) from audit_entry)");
	}

	public long count() {
		Long count = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
		return count == null ? 0 : count;
	}

}
