package kg.omb.news;

import kg.omb.support.PostgresTest;

/** The same service, search and job on PostgreSQL, the production database. */
@PostgresTest
class NewsServiceOnPostgresTests extends NewsServiceTests {
}
