package kg.omb.directory.transfer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import kg.omb.support.PostgresTest;

/** The import contract on PostgreSQL, as on H2. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
class ImportOnPostgresTests extends ImportContract {
}
