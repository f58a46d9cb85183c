package kg.omb.audit.domain;

/** Searching the audit trail on the embedded H2 database. */
class AuditSearchOnH2Tests extends AuditSearchContract {

}
