package kg.omb.documents.domain;

import kg.omb.support.PostgresTest;

/** The same announcement to followers on PostgreSQL, the production database. */
@PostgresTest
class DiscussionFollowersOnPostgresTests extends DiscussionFollowersTests {
}
