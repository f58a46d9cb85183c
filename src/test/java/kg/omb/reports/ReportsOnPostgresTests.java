package kg.omb.reports;

import kg.omb.support.PostgresTest;

/** The same reports, figures, publication and permissions on PostgreSQL, the production database. */
@PostgresTest
class ReportsOnPostgresTests extends ReportsTests {
}
