package kg.omb.directory.domain;

import kg.omb.support.PostgresTest;

/** The directory's services on PostgreSQL, the production database. */
@PostgresTest
class DirectoryServicesOnPostgresTests extends DirectoryServicesContract {

}
