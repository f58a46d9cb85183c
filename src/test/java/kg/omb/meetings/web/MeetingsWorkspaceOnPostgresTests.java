package kg.omb.meetings.web;

import kg.omb.support.PostgresTest;

/** The same meetings, votes and decisions on PostgreSQL, the production database. */
@PostgresTest
class MeetingsWorkspaceOnPostgresTests extends MeetingsWorkspaceTests {
}
