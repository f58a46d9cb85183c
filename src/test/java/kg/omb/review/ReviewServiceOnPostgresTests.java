package kg.omb.review;

import kg.omb.support.PostgresTest;

/** The same service on PostgreSQL, the production database. */
@PostgresTest
class ReviewServiceOnPostgresTests extends ReviewServiceTests {
}
