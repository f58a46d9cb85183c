package kg.omb.audit.domain;

import org.springframework.data.repository.Repository;

interface AuditEntries extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	long count();

}
