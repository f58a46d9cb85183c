package kg.omb.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against a fresh PostgreSQL database of its own, created on the server named by
 * {@code OMB_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}) and dropped when the
 * tests end. Skipped, with a message that says how to run it, when that server cannot be reached; with
 * {@code OMB_TEST_REQUIRE_POSTGRES=true} (as in CI) an unreachable server fails the test instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgres")
@ExtendWith(PostgresTestDatabase.Condition.class)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
public @interface PostgresTest {
}
