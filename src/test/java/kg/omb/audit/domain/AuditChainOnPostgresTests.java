package kg.omb.audit.domain;

import kg.omb.support.PostgresTest;

/** The audit chain on PostgreSQL, the production database. */
@PostgresTest
class AuditChainOnPostgresTests extends AuditChainContract {

}
