package kg.omb.reports;

import kg.omb.support.PostgresTest;

/** The same norms, validation, locking and audit on PostgreSQL, the production database. */
@PostgresTest
class TeachingLoadNormsOnPostgresTests extends TeachingLoadNormsTests {
}
