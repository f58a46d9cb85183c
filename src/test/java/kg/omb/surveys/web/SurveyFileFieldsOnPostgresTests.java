package kg.omb.surveys.web;

import kg.omb.support.PostgresTest;

/** The same FILE fields on PostgreSQL: the migration, the answers' files and the consolidation's list of them. */
@PostgresTest
class SurveyFileFieldsOnPostgresTests extends SurveyFileFieldsTests {
}
