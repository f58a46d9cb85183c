package kg.omb.documents.domain;

import kg.omb.support.PostgresTest;

/** The same repositories on PostgreSQL, the production database. */
@PostgresTest
class DocumentRepositoryOnPostgresTests extends DocumentRepositoryTests {
}
