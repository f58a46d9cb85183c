package kg.omb.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


import static org.assertj.core.api.Assertions.assertThat;

/** {@code --audit-verify} run against the database of the application under test. */
@AuditSpringTest
class AuditVerifyCommandTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditFixture fixture;

	@Autowired
	DataSource dataSource;

	final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@BeforeEach
	void startFromAnEmptyChain() {
		fixture.clear();
	}

	@Test
	void isRequestedByItsOptionAmongTheArguments() {
		assertThat(AuditVerifyCommand.requested("--spring.profiles.active=postgres", "--audit-verify")).isTrue();
		assertThat(AuditVerifyCommand.requested("--server.port=8081")).isFalse();
	}

	@Test
	void anIntactChainEndsWithStatusZero() throws SQLException {
		auditLog.record("role.granted", "account", 12);
		auditLog.record("role.revoked", "account", 12);
		assertThat(run()).isEqualTo(AuditVerifyCommand.INTACT);
		assertThat(printed()).isEqualTo("Audit chain intact: 2 entries checked.");
	}

	@Test
	void aBrokenChainEndsWithStatusOneAndNamesTheFirstBrokenEntry() throws SQLException {
		auditLog.record("role.granted", "account", 12);
		auditLog.record("role.revoked", "account", 12);
		auditLog.record("role.granted", "account", 13);
		fixture.jdbc().update("delete from audit_entry where sequence_number = 2");
		assertThat(run()).isEqualTo(AuditVerifyCommand.BROKEN);
		assertThat(printed())
			.isEqualTo("Audit chain BROKEN at entry 2: the entry is missing: it was removed "
					+ "(1 entries before it are intact).");
	}

	@Test
	void aDatabaseThatCannotBeReadEndsWithStatusTwo() {
		int status = AuditVerifyCommand.run(new PrintStream(printed, true, StandardCharsets.UTF_8), "--audit-verify",
				"--spring.datasource.url=jdbc:h2:mem:no-such-database;IFEXISTS=TRUE");
		assertThat(status).isEqualTo(AuditVerifyCommand.FAILED);
		assertThat(printed()).startsWith("Audit chain could not be verified: ");
	}

	int run() throws SQLException {
		String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
		return AuditVerifyCommand.run(new PrintStream(printed, true, StandardCharsets.UTF_8), "--audit-verify",
				"--spring.datasource.url=" + url);
	}

	String printed() {
		return printed.toString(StandardCharsets.UTF_8).strip();
	}

}
