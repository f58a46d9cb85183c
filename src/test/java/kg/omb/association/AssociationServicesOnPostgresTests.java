package kg.omb.association;

import kg.omb.support.PostgresTest;

/** The same services on PostgreSQL, the production database. */
@PostgresTest
class AssociationServicesOnPostgresTests extends AssociationServicesTests {
}
