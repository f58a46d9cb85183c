package kg.omb.shared;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.omb.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations that build the embedded H2 database build PostgreSQL too, and the entities match both. */
@SpringBootTest
@PostgresTest
class MigrationsOnPostgresTests {

	@Autowired
	DataSource dataSource;

	@Test
	void applicationStartsOnPostgresWithEveryMigrationApplied() {
		var jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = false",
				Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class)).isPositive();
	}

}
