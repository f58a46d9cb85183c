package kg.omb.audit.domain;

import kg.omb.support.PostgresTest;

/** Searching the audit trail on PostgreSQL, the production database. */
@PostgresTest
class AuditSearchOnPostgresTests extends AuditSearchContract {

}
