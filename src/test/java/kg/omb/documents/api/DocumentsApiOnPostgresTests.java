package kg.omb.documents.api;

import kg.omb.support.PostgresTest;

/** The same API on PostgreSQL, the production database. */
@PostgresTest
class DocumentsApiOnPostgresTests extends DocumentsApiTests {
}
