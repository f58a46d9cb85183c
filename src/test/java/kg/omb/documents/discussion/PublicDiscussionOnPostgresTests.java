package kg.omb.documents.discussion;

import kg.omb.support.PostgresTest;

/** The same discussion on PostgreSQL, the production database. */
@PostgresTest
class PublicDiscussionOnPostgresTests extends PublicDiscussionTests {
}
