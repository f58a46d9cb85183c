package kg.omb.meetings.web;

import kg.omb.support.PostgresTest;

/** The same on PostgreSQL, the production database. */
@PostgresTest
class EventsPageOnPostgresTests extends EventsPageTests {
}
