package kg.omb.reports;

import kg.omb.support.PostgresTest;

/** The same statements, norms of the year, totals, permissions and PDF on PostgreSQL, the production database. */
@PostgresTest
class TeachingLoadOnPostgresTests extends TeachingLoadTests {
}
