package kg.omb.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts for tests, written straight into the identity module's table (its account management is not this
 * module's to drive); the identity module's {@code Accounts} API then reads them as it would any account.
 */
public final class TestAccounts {

	private static final AtomicLong NEXT_ID = new AtomicLong(100_000);

	private TestAccounts() {
	}

	/** A new active account with a fresh id and address. */
	public static long active(JdbcTemplate jdbc, String displayName, String language) {
		long id = NEXT_ID.getAndIncrement();
		insert(jdbc, id, "person" + id + "@example.kg", displayName, language, "ACTIVE");
		return id;
	}

	/** An account with the given id, made once (tests that sign in as it name the id in an annotation). */
	public static long ensure(JdbcTemplate jdbc, long id, String displayName, String language) {
		Integer existing = jdbc.queryForObject("select count(*) from account where id = ?", Integer.class, id);
		if (existing == null || existing == 0) {
			insert(jdbc, id, "person" + id + "@example.kg", displayName, language, "ACTIVE");
		}
		return id;
	}

	public static void insert(JdbcTemplate jdbc, long id, String email, String displayName, String language,
			String status) {
		Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
		jdbc.update("""
				insert into account (id, version, created_at, updated_at, email, display_name, password_hash, status,
				                     language, password_change_required)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?, false)""", id, now, now, email, displayName, "{noop}unused", status,
				language);
	}

	public static String email(long id) {
		return "person" + id + "@example.kg";
	}

}
