package kg.omb.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL server the tests may use, and a fresh database on it per Spring test context, so that test runs
 * never see each other's rows and the migrations always start from nothing.
 */
public final class PostgresTestDatabase {

	static final String URL = env("OMB_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	static final String USER = env("OMB_TEST_POSTGRES_USER", "postgres");

	static final String PASSWORD = env("OMB_TEST_POSTGRES_PASSWORD", "");

	static final boolean REQUIRED = Boolean.parseBoolean(env("OMB_TEST_REQUIRE_POSTGRES", "false"));

	private static Boolean reachable;

	private PostgresTestDatabase() {
	}

	static synchronized boolean reachable() {
		if (reachable == null) {
			try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
				reachable = true;
			}
			catch (SQLException exception) {
				reachable = false;
			}
		}
		return reachable;
	}

	static String createDatabase(String name) {
		execute("create database " + name);
		int slash = URL.lastIndexOf('/');
		int query = URL.indexOf('?', slash);
		return URL.substring(0, slash + 1) + name + (query < 0 ? "" : URL.substring(query));
	}

	static void dropDatabase(String name) {
		try {
			execute("drop database if exists " + name + " with (force)");
		}
		catch (IllegalStateException ignored) {
			// the server went away first; nothing is left to clean
		}
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException exception) {
			throw new IllegalStateException("PostgreSQL: " + sql + " failed", exception);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** Skips (or, where PostgreSQL is required, fails) tests when the server cannot be reached. */
	static final class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (reachable()) {
				return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + URL);
			}
			String message = String.format(Locale.ROOT,
					"PostgreSQL is not reachable at %s: start a server there (trust auth, database 'test') or set "
							+ "OMB_TEST_POSTGRES_URL, OMB_TEST_POSTGRES_USER and OMB_TEST_POSTGRES_PASSWORD",
					URL);
			if (REQUIRED) {
				throw new IllegalStateException(message + " (OMB_TEST_REQUIRE_POSTGRES=true)");
			}
			System.err.println("SKIPPED " + context.getDisplayName() + ": " + message);
			return ConditionEvaluationResult.disabled(message);
		}

	}

	/**
	 * Points the application context at a new database of its own, dropped when the context closes: the dropper is
	 * the first disposable bean registered, so it is destroyed last, after the connection pool.
	 */
	static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			String name = "omb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
			String url = createDatabase(name);
			((DefaultSingletonBeanRegistry) context.getBeanFactory())
				.registerDisposableBean("postgresTestDatabaseDropper", () -> dropDatabase(name));
			TestPropertyValues
				.of("spring.datasource.url=" + url, "spring.datasource.username=" + USER,
						"spring.datasource.password=" + PASSWORD)
				.applyTo(context.getEnvironment());
		}

	}

}
