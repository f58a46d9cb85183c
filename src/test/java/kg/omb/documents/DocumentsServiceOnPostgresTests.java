package kg.omb.documents;

import kg.omb.support.PostgresTest;

/** The same service on PostgreSQL, the production database. */
@PostgresTest
class DocumentsServiceOnPostgresTests extends DocumentsServiceTests {
}
