package kg.omb.audit.domain;

/** The audit chain on the embedded H2 database. */
class AuditChainOnH2Tests extends AuditChainContract {

}
