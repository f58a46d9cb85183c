package kg.omb.support;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * People who sign in through the browser in a journey: active accounts written straight into the identity tables,
 * confirmed, with a known password and, where given, one role in a scope from a moment on.
 *
 * @param domain the e-mail domain of the journey, such as {@code meeting.example.kg}
 */
public record BrowserAccounts(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, String domain, String password) {

	/** Creates the account {@code name@domain} and returns its e-mail. */
	public String create(String name, String displayName, @Nullable String role, @Nullable String scopeType,
			@Nullable Long scopeId, Instant roleFrom) {
		String email = name + "@" + domain;
		jdbc.update("""
				insert into account (version, created_at, updated_at, email, display_name, password_hash, status,
				                     language, password_change_required)
				values (0, current_timestamp, current_timestamp, ?, ?, ?, 'ACTIVE', 'ky', false)""", email, displayName,
				passwordEncoder.encode(password));
		if (role != null) {
			jdbc.update("""
					insert into role_grant (version, created_at, updated_at, account_id, role, scope_type, scope_id,
					                        valid_from)
					values (0, current_timestamp, current_timestamp, ?, ?, ?, ?, ?)""", id(email), role, scopeType,
					scopeId, Timestamp.from(roleFrom));
		}
		return email;
	}

	/**
	 * Gives an existing account (one a fixture made, say) the journey's password, active and with nothing to change
	 * at the first sign-in; returns its e-mail.
	 */
	public String withPassword(long accountId) {
		jdbc.update("update account set password_hash = ?, status = 'ACTIVE', password_change_required = false"
				+ " where id = ?", passwordEncoder.encode(password), accountId);
		return jdbc.queryForObject("select email from account where id = ?", String.class, accountId);
	}

	public long id(String email) {
		return jdbc.queryForObject("select id from account where email = ?", Long.class, email);
	}

}
