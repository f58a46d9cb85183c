package kg.omb.identity.domain;

import org.springframework.boot.test.context.SpringBootTest;

import kg.omb.support.PostgresTest;

/** The identity repositories on PostgreSQL, the production database. */
@SpringBootTest
@PostgresTest
class IdentityRepositoriesOnPostgresTests extends IdentityRepositoriesContract {

}
