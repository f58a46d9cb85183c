package kg.omb.documents.web;

import kg.omb.support.PostgresTest;

/** The same public pages on PostgreSQL, the production database: the registry's query above all. */
@PostgresTest
class PublicDocumentPagesOnPostgresTests extends PublicDocumentPagesTests {
}
