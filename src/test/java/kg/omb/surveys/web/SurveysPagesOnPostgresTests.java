package kg.omb.surveys.web;

import kg.omb.support.PostgresTest;

/** The same pages and the consolidation's SQL on PostgreSQL, the production database. */
@PostgresTest
class SurveysPagesOnPostgresTests extends SurveysPagesTests {
}
