package kg.omb.notifications.web;

import kg.omb.support.PostgresTest;

/** The same subscriptions on PostgreSQL, the production database. */
@PostgresTest
class SubscriptionsOnPostgresTests extends SubscriptionsTests {
}
